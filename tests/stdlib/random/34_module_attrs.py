import random

print(random.__all__)
print(sorted(n for n in random.__all__ if not hasattr(random, n)))
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST)
print(random.BPF, random.RECIP_BPF)
print(random.Random.VERSION)
print(random.Random.__mro__[1].__module__, random.Random.__mro__[1].__name__)
print(random.Random.__name__, random.Random.__qualname__, random.Random.__module__)
print(random.SystemRandom.__module__)
print(callable(random.Random.__init_subclass__))
r = random.Random(0)
print(r.gauss_next, r.VERSION)
print(sorted(k for k in vars(random.Random) if not k.startswith('__')))
