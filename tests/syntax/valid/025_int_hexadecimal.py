a = 0xFF
b = 0Xff
c = 0x_ff
d = 0xdead_beef
e = 0x0
f = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFF
print(a, b, c, d, e, f)
