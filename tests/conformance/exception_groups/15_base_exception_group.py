# BaseExceptionGroup with non-Exception members and except*

beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v"), SystemExit(2)])
print(type(beg).__name__, repr(beg))
print("str:", str(beg))
print("isinstance Exception:", isinstance(beg, Exception))
print("isinstance ExceptionGroup:", isinstance(beg, ExceptionGroup))

print("-- plain except Exception does not catch a BaseExceptionGroup --")
try:
    try:
        raise beg
    except Exception:
        print("caught by except Exception (unexpected)")
except BaseExceptionGroup as g:
    print("caught by except BaseExceptionGroup:", repr(g))

print("-- except* on the Exception part leaves a BaseExceptionGroup --")
try:
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v"), SystemExit(2)])
    except* ValueError as e:
        print("ValueError part:", type(e).__name__, repr(e))
except BaseExceptionGroup as rest:
    print("rest:", type(rest).__name__, repr(rest))

print("-- except* on the BaseException part leaves an ExceptionGroup --")
try:
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
    except* KeyboardInterrupt as e:
        print("KeyboardInterrupt part:", type(e).__name__, repr(e))
except ExceptionGroup as rest:
    print("rest:", type(rest).__name__, repr(rest))

print("-- except* BaseException catches everything --")
try:
    raise BaseExceptionGroup("all", [SystemExit(0), GeneratorExit(), OSError("o")])
except* BaseException as e:
    print("caught:", type(e).__name__, repr(e))

print("-- except* Exception leaves the BaseExceptions --")
try:
    try:
        raise BaseExceptionGroup("mix", [SystemExit(1), OSError("o"), KeyError("k")])
    except* Exception as e:
        print("Exception part:", type(e).__name__, repr(e))
except BaseExceptionGroup as rest:
    print("rest:", type(rest).__name__, repr(rest))
    print("rest leaf:", repr(rest.exceptions[0]), rest.exceptions[0].code)

print("-- nested BaseExceptionGroup inside a BaseExceptionGroup --")
nested = BaseExceptionGroup("outer", [ExceptionGroup("ok", [ValueError(1)]), BaseExceptionGroup("bad", [KeyboardInterrupt()])])
print(type(nested).__name__, repr(nested))
m, r = nested.split(Exception)
print("split match:", type(m).__name__, repr(m))
print("split rest:", type(r).__name__, repr(r))
