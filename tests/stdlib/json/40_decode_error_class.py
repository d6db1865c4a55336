import json

E = json.JSONDecodeError
print(E.__name__, E.__module__, issubclass(E, ValueError), E.__mro__[1].__name__)
print(json.decoder.JSONDecodeError is E)
try:
    json.loads("[1,]")
except ValueError as e:
    print(type(e).__name__, isinstance(e, E))
    print(e.msg, e.pos, e.lineno, e.colno)
    print(repr(e.doc))
    print(e.args)
    print(str(e))
# constructing one by hand computes line and column
e = E("Custom problem", "ab\ncd\nef", 7)
print(e.msg, e.pos, e.lineno, e.colno)
print(str(e), e.args)
e = E("At start", "", 0)
print(str(e), e.lineno, e.colno)
e = E("multi", "\n\n\nxyz", 5)
print(str(e))
# it can be raised and caught like a ValueError
try:
    raise E("boom", "{}", 1)
except ValueError as err:
    print(type(err).__name__, err)
try:
    E("missing args")
except TypeError as err:
    print(type(err).__name__, err)
# catch via except json.JSONDecodeError as well as ValueError
for s in ["", "{", "[1 2]"]:
    try:
        json.loads(s)
    except json.JSONDecodeError as err:
        print("JSONDecodeError:", err)
