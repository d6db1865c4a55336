import math as m.n
