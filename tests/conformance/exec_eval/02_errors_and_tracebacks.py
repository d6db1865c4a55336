# exec/eval errors: SyntaxError positions for eval of statements, tracebacks through <string>.
import traceback
for src in ["x = 1", "import os", "pass", "(1, 2", "f(x for x in y, 1)"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
try:
    exec("def f():\n    return 1 / 0\nf()")
except ZeroDivisionError:
    traceback.print_exc(limit=None, file=None) if False else None
    lines = traceback.format_exc().splitlines()
    print([l for l in lines if "File" in l and "02_errors" not in l])
try:
    exec(42)
except TypeError as e:
    print(e)
for g, l in [([], None), ([], {}), ((), None)]:
    try:
        eval("1", g, l)
    except TypeError as e:
        print(e)
    try:
        exec("1", g, l)
    except TypeError as e:
        print(e)
print(eval("__builtins__ is not None", {}))
g = {"n": 3}
exec("n += 1", g)
print(g["n"])
exec("def sq(v): return v * v", g)
print(g["sq"](5), g["sq"].__module__ if "__name__" in g else "no __name__")
exec("1/0")
