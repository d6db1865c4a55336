import functools

@functools.singledispatch
def describe(obj):
    return f"object: {obj!r}"

@describe.register
def _(obj: int):
    return f"int: {obj}"

@describe.register(float)
def _(obj):
    return f"float: {obj:.2f}"

def describe_list(obj, *rest):
    return f"list of {len(obj)}" + (f" +{rest}" if rest else "")
describe.register(list, describe_list)

@describe.register
def _(obj: str, upper: bool = False):
    return "str: " + (obj.upper() if upper else obj)

print(describe(3))
print(describe(2.5))
print(describe([1, 2]))
print(describe([1, 2], "x"))
print(describe("hi"), describe("hi", upper=True))
print(describe(None))
print(describe((1, 2)))
print(describe(True))
print(describe({1: 2}))
print(describe.__name__, describe.__wrapped__.__name__)

# register returns the function unchanged, so it can be stacked
@describe.register(dict)
@describe.register(set)
def _container(obj):
    return f"container {type(obj).__name__} of {len(obj)}"
print(describe({1: 2}), describe({1, 2, 3}))
print(_container.__name__)

# no arguments
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
# keyword-only call of the dispatch argument does not dispatch
try:
    describe(obj=1)
except TypeError as e:
    print(type(e).__name__, e)
