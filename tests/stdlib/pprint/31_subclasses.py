# Subclasses of builtin containers: pretty-printed as the base type unless they override __repr__.
import pprint


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


class ReprList(list):
    def __repr__(self):
        return "ReprList(%d items)" % len(self)


class ReprDict(dict):
    def __repr__(self):
        return "ReprDict" + dict.__repr__(self)


pprint.pprint(MyList(range(30)), width=40, compact=True)
pprint.pprint(MyDict({"b": 1, "a": list(range(20))}), width=40)
pprint.pprint(MyTuple(range(25)), width=40, compact=True)
pprint.pprint(MyStr("a my-str subclass instance that is long enough to wrap " * 2), width=40)
pprint.pprint(ReprList(range(100)), width=10)
pprint.pprint(ReprDict({"k": "v" * 100}), width=10)
pprint.pprint([ReprList([1]), MyList([2])], width=5)
print(pprint.saferepr(MyDict(b=1, a=2)), pprint.saferepr(ReprDict(b=1, a=2)))
print(pprint.saferepr(MyList([3, 1])), pprint.saferepr(MyTuple((1,))))
print(pprint.pformat(MyDict()), pprint.pformat(MyList()), pprint.pformat(MyTuple()))
print(pprint.pformat(MyDict(), width=1), pprint.pformat(MyList(), width=1))
print(pprint.isreadable(MyList([1])), pprint.isreadable(ReprList([1])))
print(pprint.pformat([MyDict(a=[1] * 30)], depth=2))
