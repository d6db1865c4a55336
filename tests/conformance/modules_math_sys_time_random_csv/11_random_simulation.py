import random
random.seed(7)
counts = {face: 0 for face in range(1, 7)}
for _ in range(600):
    counts[random.randint(1, 6)] += 1
print(sorted(counts), sum(counts.values()))
print(all(c > 0 for c in counts.values()))
random.seed(123)
x = random.random()
random.seed(123)
print(x == random.random())
items = list("abcdef")
picked = {random.choice(items) for _ in range(100)}
print(picked <= set(items), len(items))
