import pi from math
