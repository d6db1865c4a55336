import time

base = [2023, 7, 4, 15, 9, 5, 1, 185, 0]

def attempt(idx, value):
    t = list(base)
    t[idx] = value
    try:
        r = time.strftime('%Y-%m-%d %H:%M:%S %w %j', tuple(t))
        print(idx, value, 'ok', r)
    except (ValueError, TypeError, OverflowError) as e:
        print(idx, value, type(e).__name__, e)

for idx, value in [(1, 0), (1, 13), (1, -1), (2, 0), (2, 32), (2, -1), (3, 24), (3, -1),
                   (4, 60), (4, -1), (5, 62), (5, -1), (6, -1), (6, 7), (6, 13),
                   (7, 0), (7, 367), (7, -1), (8, -5), (8, 7)]:
    attempt(idx, value)

for bad in [(2023, 7, 4), (2023, 7, 4, 15, 9, 5, 1, 185, 0, 0), [2023, 7, 4, 15, 9, 5, 1, 185, 0],
            '2023', None, 5]:
    try:
        print(time.strftime('%Y', bad))
    except TypeError as e:
        print(type(e).__name__, e)

try:
    time.strftime('%Y', (2023.0, 7, 4, 15, 9, 5, 1, 185, 0))
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime('%Y', ('2023', 7, 4, 15, 9, 5, 1, 185, 0))
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime(b'%Y', tuple(base))
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime(42)
except TypeError as e:
    print(type(e).__name__, e)
print(time.strftime('%Y', (True, 7, 4, 15, 9, 5, 1, 185, 0)))
