def f(kind):
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise ValueError("with message")
    if kind == 3:
        raise ValueError("two", 2)
    if kind == 4:
        raise KeyError("key")
    if kind == 5:
        raise RuntimeError()
for k in range(1, 6):
    try:
        f(k)
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args, repr(e))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
