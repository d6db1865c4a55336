# Constructing ExceptionGroup / BaseExceptionGroup: attributes, repr, str

eg = ExceptionGroup("two problems", [ValueError("bad value"), TypeError("bad type")])
print("type:", type(eg).__name__)
print("repr:", repr(eg))
print("str:", str(eg))
print("message:", eg.message)
print("exceptions:", eg.exceptions)
print("exceptions type:", type(eg.exceptions).__name__)
print("len(exceptions):", len(eg.exceptions))
print("args:", eg.args)
print("args[0] is message:", eg.args[0] == eg.message)

print("-- a single sub-exception uses the singular in str --")
one = ExceptionGroup("solo", (KeyError("k"),))
print(repr(one))
print(str(one))
print(one.exceptions)

print("-- many sub-exceptions --")
many = ExceptionGroup("many", [ValueError(i) for i in range(5)])
print(str(many))
print([e.args[0] for e in many.exceptions])

print("-- empty message --")
blank = ExceptionGroup("", [OSError("disk")])
print(repr(blank))
print(repr(str(blank)))

print("-- class hierarchy --")
print("ExceptionGroup subclasses BaseExceptionGroup:", issubclass(ExceptionGroup, BaseExceptionGroup))
print("ExceptionGroup subclasses Exception:", issubclass(ExceptionGroup, Exception))
print("BaseExceptionGroup subclasses Exception:", issubclass(BaseExceptionGroup, Exception))
print("BaseExceptionGroup subclasses BaseException:", issubclass(BaseExceptionGroup, BaseException))
print("isinstance(eg, Exception):", isinstance(eg, Exception))
print("isinstance(eg, BaseExceptionGroup):", isinstance(eg, BaseExceptionGroup))

print("-- BaseExceptionGroup picks ExceptionGroup when all members are Exceptions --")
auto = BaseExceptionGroup("auto", [ValueError(1), ZeroDivisionError("z")])
print(type(auto).__name__, repr(auto))
base = BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()])
print(type(base).__name__, repr(base))
print("base is an Exception:", isinstance(base, Exception))

print("-- the sub-exception objects are stored as-is --")
leaf = ValueError("leaf")
g = ExceptionGroup("holder", [leaf])
print("same leaf object:", g.exceptions[0] is leaf)

print("-- exception groups can be raised and caught with plain except --")
try:
    raise ExceptionGroup("raised", [RuntimeError("r1"), RuntimeError("r2")])
except ExceptionGroup as caught:
    print("caught:", repr(caught))
    print("messages:", [str(e) for e in caught.exceptions])
