print(complex())
print(complex(1), complex(1.5), complex(True))
print(complex(1, 2), complex(1.5, -2.5), complex(real=3, imag=4))
print(complex('1+2j'), complex('  -1.5-2.5j  '), complex('3j'), complex('7'))
print(complex('(1+2j)'), complex('J'), complex('-j'), complex('1e3+1e-3j'))
print(complex('inf+nanj'), complex('-infj'), complex('1_000+2_0j'))
print(complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1 + 1j))
print(complex(imag=2))
for bad in ['1+', '1 + 2j', 'j1', '', '1+2jj', '(1+2j', '1__0j']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(1, '2')
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(None)
except TypeError as e:
    print(type(e).__name__, e)
