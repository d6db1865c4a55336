import random

r = random.Random()
for bad in [[1, 2], (1, 2), {1: 2}, {1}, frozenset(), object(), 1j, range(3), None.__class__]:
    try:
        r.seed(bad)
        print('seeded', type(bad).__name__)
    except TypeError as e:
        print(type(bad).__name__, type(e).__name__, e)

for bad in [[1], {}, (3,)]:
    try:
        random.Random(bad)
    except TypeError as e:
        print('Random', type(bad).__name__, type(e).__name__, str(e).replace('\n', ' | '))

try:
    random.seed([1])
except TypeError as e:
    print('module', type(e).__name__)

# None seeds from the OS: just check it works and resets gauss_next
r.seed(1)
r.gauss()
print(r.gauss_next is not None)
r.seed()
print(r.gauss_next)
r.seed(None)
print(type(r.random()).__name__)
try:
    r.seed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.seed(a=1, versio=2)
except TypeError as e:
    print(type(e).__name__, e)
