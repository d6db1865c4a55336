# Exact messages for unsupported operations on objects.
class X:
    pass

def attempt(label, f):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)

def delete(obj, key):
    del obj[key]

def assign(obj, key, value):
    obj[key] = value

attempt('del X()[0]', lambda: delete(X(), 0))
attempt('X()[0] = 1', lambda: assign(X(), 0, 1))
attempt('X()[0]', lambda: X()[0])
five = 5
attempt('five[0]', lambda: five[0])
attempt('del (1, 2)[0]', lambda: delete((1, 2), 0))
attempt("'ab'[0] = 'c'", lambda: assign('ab', 0, 'c'))
nothing = None
attempt('nothing[1]', lambda: nothing[1])
attempt('len(5)', lambda: len(5))
attempt('X()()', lambda: X()())
attempt('iter(X())', lambda: iter(X()))
attempt('5 + X()', lambda: 5 + X())
attempt("'a' < 1", lambda: 'a' < 1)
attempt('hash([])', lambda: hash([]))
attempt('del X().nothing', lambda: delattr(X(), 'nothing'))
