from math import pi as
