from math import pi as p.q
