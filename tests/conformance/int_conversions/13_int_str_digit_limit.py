# int <-> str conversion in base 10 is limited to 4300 digits; other bases are not.
def attempt(label, make):
    try:
        print(label, '->', make())
    except ValueError as e:
        print(label, '->', type(e).__name__, e)

big = 10**5000
attempt('str(10**5000)', lambda: str(big))
attempt('repr(10**4300)', lambda: repr(10**4300))
attempt("int('1' * 5000)", lambda: int('1' * 5000))
attempt("f'{10**5000}'", lambda: f'{big}')
attempt("'%d' % 10**5000", lambda: '%d' % big)
attempt("'{:,}'.format(10**5000)", lambda: '{:,}'.format(big))
attempt('len(str(10**4299))', lambda: len(str(10**4299)))
attempt('len(str(-10**4299))', lambda: len(str(-10**4299)))
attempt("len(str(int('1' * 4300)))", lambda: len(str(int('1' * 4300))))
attempt("len(format(10**5000, 'x'))", lambda: len(format(big, 'x')))
attempt('len(hex(10**5000))', lambda: len(hex(big)))
attempt("int('f' * 5000, 16) == 16**5000 - 1", lambda: int('f' * 5000, 16) == 16**5000 - 1)
attempt('10**5000 % 9', lambda: big % 9)
