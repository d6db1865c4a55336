import random

r = random.Random(1234)
for n in [0, 1, 2, 3, 10, 52]:
    x = list(range(n))
    r.shuffle(x)
    print(n, x)
s = list('abcdefgh')
print(r.shuffle(s), s)
b = bytearray(b'shuffle me')
r.shuffle(b)
print(b)
for bad in [(1, 2, 3), 'abc', {1: 2, 0: 3}, 5]:
    try:
        r.shuffle(bad)
        print('shuffled', bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    r.shuffle([1, 2], random=lambda: 0.5)
except TypeError as e:
    print(type(e).__name__, e)
random.seed(52)
deck = [rank + suit for suit in 'SHDC' for rank in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:13])
