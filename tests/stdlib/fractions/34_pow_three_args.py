from fractions import Fraction as F

print(pow(F(3, 2), 2), pow(2, F(2)), pow(F(3, 2), -1))
pow(F(3, 2), 2, 5)
