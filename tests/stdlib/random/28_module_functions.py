import random

# The module functions are bound methods of one hidden Random instance.
print(type(random._inst).__name__, isinstance(random._inst, random.Random))
print(random.random.__self__ is random._inst, random.seed.__self__ is random._inst)
for name in ['seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange',
             'sample', 'shuffle', 'choices', 'normalvariate', 'lognormvariate',
             'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate',
             'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits',
             'randbytes']:
    f = getattr(random, name)
    print(name, f.__name__, f.__self__ is random._inst)

random.seed(2000)
mod = [random.random(), random.randint(1, 9), random.choice('xyz'), random.gauss(),
       random.sample(range(50), 3), random.choices('ab', k=3), random.uniform(0, 1)]
r = random.Random(2000)
own = [r.random(), r.randint(1, 9), r.choice('xyz'), r.gauss(),
       r.sample(range(50), 3), r.choices('ab', k=3), r.uniform(0, 1)]
print(mod == own, mod)
x = list(range(10))
random.shuffle(x)
print(x)
