# chr() and int(s, base) with arguments beyond a C int.
def attempt(label, make):
    try:
        print(label, '->', repr(make()))
    except (OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, e)

attempt('chr(2**31)', lambda: chr(2**31))
attempt('chr(2**63)', lambda: chr(2**63))
attempt('chr(-2**63)', lambda: chr(-2**63))
attempt('chr(0x110000)', lambda: chr(0x110000))
attempt('chr(-1)', lambda: chr(-1))
attempt('chr(0x10ffff) == "\\U0010ffff"', lambda: chr(0x10ffff) == '\U0010ffff')
attempt("int('10', 2**63)", lambda: int('10', 2**63))
attempt("int('10', -2**63)", lambda: int('10', -2**63))
attempt("int('10', 37)", lambda: int('10', 37))
attempt("int('10', 1)", lambda: int('10', 1))
attempt("int('10', 0)", lambda: int('10', 0))
attempt("int('zz', 36)", lambda: int('zz', 36))
attempt("'%c' % 2**31", lambda: '%c' % 2**31)
attempt("'%c' % 0x110000", lambda: '%c' % 0x110000)
