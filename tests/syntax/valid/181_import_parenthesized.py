from math import (pi, tau,)
from math import (
    sqrt,
    floor as fl,  # comment
    ceil,
)
from random import (seed)
print(pi, tau, sqrt, fl, ceil, seed)
