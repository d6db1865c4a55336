c = 3 - 4j
print(abs(c), abs(-c), abs(0j), abs(1j), abs(-0.0j))
print(c.real, c.imag, type(c.real).__name__)
print(c.conjugate(), (1j).conjugate(), (5 + 0j).conjugate(), (-0j).conjugate())
print(c.conjugate().conjugate() == c)
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
print(abs(1e300 + 1e300j))
try:
    abs(complex(1.5e308, 1.5e308))
except OverflowError as e:
    print(type(e).__name__, e)
print((2 + 3j).real.is_integer(), (1.5j).imag)
try:
    c.real = 5
except AttributeError as e:
    print(type(e).__name__, e)
print((1).real, (1).imag, (1).conjugate(), (2.5).imag, (2.5).conjugate())
print(True.imag, type(True.conjugate()).__name__, type(True.real).__name__)
print(complex.conjugate(2 + 2j), complex.real.__get__(3j))
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3))
