import operator

names = ["abs", "add", "and_", "concat", "contains", "delitem", "floordiv", "getitem",
         "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
         "index", "inv", "invert", "ior", "ipow", "irshift", "isub", "itruediv", "ixor",
         "lshift", "matmul", "mod", "mul", "neg", "not_", "or_", "pos", "pow", "rshift",
         "setitem", "sub", "truediv", "xor", "lt", "le", "eq", "ne", "ge", "gt", "call"]
for name in names:
    dunder = "__" + name.rstrip("_") + "__"
    print(name, dunder, getattr(operator, dunder) is getattr(operator, name))
for name in ["truth", "is_", "is_not", "countOf", "indexOf", "length_hint"]:
    print(name, hasattr(operator, "__" + name.rstrip("_") + "__"))
print(operator.__not__(0), operator.__inv__(0), operator.__invert__(1))
print(sorted(operator.__all__))
print(len(operator.__all__))
