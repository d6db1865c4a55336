import random
from collections import deque

r = random.Random(4242)
print([r.choice('abcdefghij') for _ in range(12)])
print([r.choice([10, 20, 30]) for _ in range(8)])
print([r.choice((None, True, 1.5)) for _ in range(6)])
print([r.choice(range(100, 200, 7)) for _ in range(6)])
print(r.choice(b'xyz'), r.choice([42]), r.choice(deque('qrs')))
print(r.choice({0: 'zero', 1: 'one', 2: 'two'}))
for empty in ['', [], (), range(0), b'']:
    try:
        r.choice(empty)
    except IndexError as e:
        print(type(e).__name__, e)
for bad in [{1, 2}, 5, None, iter([1, 2])]:
    try:
        r.choice(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    r.choice({5: 'a', 6: 'b'})
except KeyError as e:
    print('KeyError', e)
random.seed(10)
print([random.choice('HT') for _ in range(16)])
