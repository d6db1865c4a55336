# except clauses naming things that are not exception classes.
def attempt(label, body, catch):
    try:
        try:
            body()
        except catch:
            print(label, 'caught by the tuple')
    except TypeError as e:
        print(label, '->', type(e).__name__, e)
    except ValueError as e:
        print(label, '-> escaped:', type(e).__name__, e)

def bad_value():
    raise ValueError('bad')

attempt('(ValueError, 5)', bad_value, (ValueError, 5))
attempt('(5, ValueError)', bad_value, (5, ValueError))
attempt('int', bad_value, int)
attempt("'ValueError'", bad_value, 'ValueError')
attempt('(KeyError, 5) no match', bad_value, (KeyError, 5))
attempt('ValueError', bad_value, ValueError)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
