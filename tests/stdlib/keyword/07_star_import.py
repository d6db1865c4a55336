ns = {}
exec("from keyword import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(ns["iskeyword"]("pass"), ns["issoftkeyword"]("case"))
import keyword
print(keyword.__name__, "keyword" in keyword.__doc__.lower())
