from math pi
