# random with arguments far beyond a machine word.
import random

def attempt(label, make):
    try:
        print(label, '->', make())
    except (OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, e)

random.seed(12345)
attempt('random.randrange(2**70) < 2**70', lambda: random.randrange(2**70) < 2**70)
attempt('2**70 <= randrange(2**70, 2**71) < 2**71',
        lambda: 2**70 <= random.randrange(2**70, 2**71) < 2**71)
attempt('random.randint(2**64, 2**64)', lambda: random.randint(2**64, 2**64))
attempt('random.randrange(-2**70, -2**70 + 1)', lambda: random.randrange(-2**70, -2**70 + 1))
attempt('random.getrandbits(100) < 2**100', lambda: random.getrandbits(100) < 2**100)
attempt('random.getrandbits(0)', lambda: random.getrandbits(0))
attempt('random.getrandbits(2**31)', lambda: random.getrandbits(2**31))
attempt('random.getrandbits(2**63)', lambda: random.getrandbits(2**63))
attempt('random.getrandbits(-1)', lambda: random.getrandbits(-1))
attempt('random.randrange(0)', lambda: random.randrange(0))
attempt('random.choice(range(10**20))', lambda: random.choice(range(10**20)))
random.seed(7)
a = [random.randrange(2**100) for _ in range(5)]
random.seed(7)
b = [random.randrange(2**100) for _ in range(5)]
print('same sequence:', a == b)
