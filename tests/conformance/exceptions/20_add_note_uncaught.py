try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second\nline")
    print(e.__notes__)
    try:
        e.add_note(3)
    except TypeError as t:
        print(t)
e2 = KeyError('k')
e2.__notes__ = 'oops'
try:
    e2.add_note('x')
except TypeError as t:
    print(t)
err = RuntimeError("final")
err.add_note("look here")
raise err
