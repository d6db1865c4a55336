import operator

for mc in [operator.methodcaller("split", ",", maxsplit=1),
           operator.methodcaller("m", x=1),
           operator.methodcaller("m", 1, 2, y="z", x=None)]:
    r = mc.__reduce__()
    p = r[0]
    print(len(r), type(p).__name__, r[1])
    print("  func is methodcaller:", p.func is operator.methodcaller)
    print("  args:", p.args, "keywords:", p.keywords)
    print("  rebuilt:", repr(p(*r[1])))
p, rest = operator.methodcaller("split", ",", maxsplit=1).__reduce__()
print(p(*rest)("a,b,c"))
print(operator.methodcaller("count", "a").__reduce__()[1])
