x = 10
print(eval("x + 1"), eval("  x * 2"), eval("y", {"y": 5}), eval("a + b", {"a": 1}, {"b": 2}))
g = {}
exec("z = 3\ndef f(): return z * 2\nprint(f())", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
ns_g, ns_l = {}, {}
exec("q = 1\nr = q + 1", ns_g, ns_l)
print(ns_l, "q" in ns_g)
c = compile("1 + 2", "<expr>", "eval")
print(eval(c), type(c).__name__)
c2 = compile("w = 7", "myfile", "exec")
exec(c2); print(w)
def func():
    local_v = 4
    return eval("local_v + x")
print(func())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print(repr(e))
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
exec("import sys as _s; print(_s.maxsize > 0)")
