import math
a = math.pi
b = "x".upper
c = math.floor(2.5).bit_length()
class A:
    class B:
        c = 1
d = A.B.c
print(a, b(), c, d)
