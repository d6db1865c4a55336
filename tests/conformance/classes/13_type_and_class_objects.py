class A:
    pass
class B:
    pass
klasses = [A, B, int, str, list]
for k in klasses:
    print(k.__name__, k)
objs = [A(), B(), 3, "s", []]
print([type(o).__name__ for o in objs])
print([type(o) is k for o, k in zip(objs, klasses)])
factory = {"a": A, "b": B}
inst = factory["b"]()
print(type(inst).__name__, isinstance(inst, (A, B)), isinstance(inst, A))
print(type(A).__name__, type(int).__name__, type(type).__name__)
print(type(3)(4.7), type("x")(5), type([1])("ab"))
