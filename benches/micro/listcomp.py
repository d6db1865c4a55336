# A three-item list comprehension, 200,000 times.
r = range(3)
for i in range(200000):
    [a * a for a in r]
