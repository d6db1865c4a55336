# Conversions between huge ints and floats.
import math

def attempt(label, make):
    try:
        print(label, '->', make())
    except (OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, e)

attempt('float(10**400)', lambda: float(10**400))
attempt('float(-10**400)', lambda: float(-10**400))
attempt('10**400 / 10**399', lambda: 10**400 / 10**399)
attempt('10**400 / 3', lambda: 10**400 / 3)
attempt('10**400 // 3.0', lambda: 10**400 // 3.0)
attempt('1.5 + 10**400', lambda: 1.5 + 10**400)
attempt('10**400 > 1e308', lambda: 10**400 > 1e308)
attempt("10**400 < float('inf')", lambda: 10**400 < float('inf'))
attempt('math.sqrt(10**400)', lambda: math.sqrt(10**400))
attempt('math.isqrt(10**400) == 10**200', lambda: math.isqrt(10**400) == 10**200)
attempt('math.ldexp(1.0, 2**70)', lambda: math.ldexp(1.0, 2**70))
attempt('math.ldexp(1.0, -2**70)', lambda: math.ldexp(1.0, -2**70))
attempt('math.factorial(2**70)', lambda: math.factorial(2**70))
attempt("int(float('inf'))", lambda: int(float('inf')))
attempt("int(float('nan'))", lambda: int(float('nan')))
attempt("math.floor(float('inf'))", lambda: math.floor(float('inf')))
attempt('2.0 ** 1024', lambda: 2.0 ** 1024)
attempt('1e308 * 10', lambda: 1e308 * 10)
attempt('int(1e300) % 7', lambda: int(1e300) % 7)
attempt('{2**64: 1}[2.0**64]', lambda: {2**64: 1}[2.0**64])
attempt('hash(-2.0**70) == hash(-2**70)', lambda: hash(-2.0**70) == hash(-2**70))
