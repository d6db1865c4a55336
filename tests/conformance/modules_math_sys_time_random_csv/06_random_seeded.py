import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
rolls = [random.randint(1, 6) for _ in range(200)]
print(all(1 <= r <= 6 for r in rolls), min(rolls) >= 1, max(rolls) <= 6)
colors = ["red", "green", "blue"]
print(all(random.choice(colors) in colors for _ in range(50)))
deck = list(range(52))
random.shuffle(deck)
print(len(deck), sorted(deck) == list(range(52)), random.shuffle(deck))
print(random.randint(5, 5))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
