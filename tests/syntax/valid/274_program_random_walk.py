import random

random.seed(7)
position = 0
steps = []
for _ in range(10):
    step = random.choice([-1, 1])
    position += step
    steps.append(position)
deck = list(range(5))
random.shuffle(deck)
print(steps[-1] == position, sorted(deck) == list(range(5)))
