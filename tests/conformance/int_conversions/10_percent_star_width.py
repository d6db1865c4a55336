# %-formatting with * widths and precisions beyond machine integers.
def attempt(label, make):
    try:
        print(label, '->', repr(make()))
    except (OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, e)

attempt("'%*d' % (-2**63, 1)", lambda: '%*d' % (-2**63, 1))
attempt("'%*d' % (2**63, 1)", lambda: '%*d' % (2**63, 1))
attempt("'%*s' % (2**64, 'a')", lambda: '%*s' % (2**64, 'a'))
attempt("'%.*f' % (2**31, 1.0)", lambda: '%.*f' % (2**31, 1.0))
attempt("'%.*d' % (2**63, 1)", lambda: '%.*d' % (2**63, 1))
attempt("'%*d' % (-5, 1)", lambda: '%*d' % (-5, 1))
attempt("'%*.*f' % (8, 2, 3.14159)", lambda: '%*.*f' % (8, 2, 3.14159))
attempt("'%.10000000000f' % 1.5", lambda: '%.10000000000f' % 1.5)
attempt("format(1.5, '.2147483648f')", lambda: format(1.5, '.2147483648f'))
attempt("format(1, '99999999999999999999d')", lambda: format(1, '99999999999999999999d'))
attempt("'{:99999999999999999999}'.format('a')", lambda: '{:99999999999999999999}'.format('a'))
