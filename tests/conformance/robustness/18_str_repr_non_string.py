# __str__ and __repr__ must return strings.
class ReprNone:
    def __repr__(self):
        return None

class StrInt:
    def __str__(self):
        return 42
    def __repr__(self):
        return 'StrInt()'

class ReprList:
    def __repr__(self):
        return ['not', 'a', 'string']

def attempt(label, f):
    try:
        print(label, '->', f())
    except TypeError as e:
        print(label, '->', type(e).__name__, e)

attempt('str(ReprNone())', lambda: str(ReprNone()))
attempt('repr(ReprNone())', lambda: repr(ReprNone()))
attempt('str(StrInt())', lambda: str(StrInt()))
attempt('repr(StrInt())', lambda: repr(StrInt()))
attempt('[StrInt()]', lambda: [StrInt()])
attempt("f'{StrInt()}'", lambda: f'{StrInt()}')
attempt("'%s' % StrInt()", lambda: '%s' % StrInt())
attempt('repr([ReprList()])', lambda: repr([ReprList()]))
attempt("'{!r}'.format(ReprNone())", lambda: '{!r}'.format(ReprNone()))
try:
    print('start', StrInt())
except TypeError as e:
    print('|', type(e).__name__, e)
