# Compile-time rules for except*

def try_compile(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "-> compiled fine")
    except SyntaxError as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

try_compile("except* then except", """try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
""")

try_compile("except then except*", """try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
""")

try_compile("bare except*", """try:
    pass
except*:
    pass
""")

try_compile("break in except*", """for i in range(3):
    try:
        pass
    except* ValueError:
        break
""")

try_compile("continue in except*", """for i in range(3):
    try:
        pass
    except* ValueError:
        continue
""")

try_compile("return in except*", """def f():
    try:
        pass
    except* ValueError:
        return 1
""")

try_compile("loop with break nested inside except* is fine", """try:
    pass
except* ValueError:
    for i in range(3):
        break
""")

try_compile("function with return nested inside except* is fine", """try:
    pass
except* ValueError:
    def g():
        return 1
""")

try_compile("except* with else and finally is fine", """try:
    pass
except* ValueError as e:
    pass
except* (TypeError, KeyError):
    pass
else:
    pass
finally:
    pass
""")

try_compile("except * with spaces is fine", """try:
    pass
except *ValueError:
    pass
""")

print("-- except* with a space really works --")
try:
    raise ExceptionGroup("spaced", [ValueError(1)])
except *ValueError as e:
    print("caught", repr(e))
