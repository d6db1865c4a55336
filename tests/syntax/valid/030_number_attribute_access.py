a = 1 .real
b = 1.0.real
c = (1).bit_length()
d = 0x10 .bit_length()
e = 1.5.is_integer()
f = 10 .__add__(1)
print(a, b, c, d, e, f)
