from fractions import Fraction as F


def show(expr, f):
    try:
        r = f()
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
        return
    print(expr, '->', type(r).__name__, repr(r))


a = F(1, 4)
z = 2 + 3j
show('a + z', lambda: a + z)
show('z + a', lambda: z + a)
show('a - z', lambda: a - z)
show('z - a', lambda: z - a)
show('a * z', lambda: a * z)
show('z * a', lambda: z * a)
show('a / z', lambda: a / z)
show('z / a', lambda: z / a)
show('a ** z', lambda: a ** z)
show('z ** a', lambda: z ** a)
show('a // z', lambda: a // z)
show('z // a', lambda: z // a)
show('a % z', lambda: a % z)
show('divmod(a, z)', lambda: divmod(a, z))
show('divmod(z, a)', lambda: divmod(z, a))
show('complex(a)', lambda: complex(a))
show('a == 0.25+0j', lambda: a == 0.25 + 0j)
show('a == 0.25+1j', lambda: a == 0.25 + 1j)
show('a != 0.25+1j', lambda: a != 0.25 + 1j)
show('0.25+0j == a', lambda: 0.25 + 0j == a)
show('a < z', lambda: a < z)
show('z >= a', lambda: z >= a)
show('a.__eq__(1j)', lambda: a.__eq__(1j))
show('a / 0j', lambda: a / 0j)
