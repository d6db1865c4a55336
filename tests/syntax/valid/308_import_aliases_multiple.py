import math as m, sys as s
from math import pi as PI, e as E
from random import (
    seed as set_seed,  # alias
    randint,
)
print(m.tau, s.version, PI, E, set_seed, randint)
