# from_decimal(Decimal(...)) itself is left out: Cellar has no decimal module yet.
from fractions import Fraction as F


def show(expr, f):
    try:
        r = f()
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
        return
    print(expr, '->', type(r).__name__, repr(r))


show('from_float(0.1)', lambda: F.from_float(0.1))
show('from_float(-2.5)', lambda: F.from_float(-2.5))
show('from_float(3)', lambda: F.from_float(3))
show('from_float(True)', lambda: F.from_float(True))
show('from_float(inf)', lambda: F.from_float(float('inf')))
show('from_float(nan)', lambda: F.from_float(float('nan')))
show("from_float('1.5')", lambda: F.from_float('1.5'))
show('from_float(F(1, 2))', lambda: F.from_float(F(1, 2)))
show('from_float(None)', lambda: F.from_float(None))
show('from_float(1j)', lambda: F.from_float(1j))
show('from_decimal(5)', lambda: F.from_decimal(5))
show('from_decimal(-7)', lambda: F.from_decimal(-7))
show('from_decimal(1.5)', lambda: F.from_decimal(1.5))
show("from_decimal('1.5')", lambda: F.from_decimal('1.5'))
show('from_decimal(F(1, 3))', lambda: F.from_decimal(F(1, 3)))


class G(F):
    pass


show('G.from_float(0.75)', lambda: G.from_float(0.75))
show('G.from_float(2)', lambda: G.from_float(2))
show("G.from_float('x')", lambda: G.from_float('x'))
show("G.from_decimal('x')", lambda: G.from_decimal('x'))
