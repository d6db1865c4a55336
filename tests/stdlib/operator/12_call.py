import operator


def f(a, b=2, *args, **kw):
    return (a, b, args, sorted(kw.items()))


print(operator.call(f, 1))
print(operator.call(f, 1, 5, 6, 7, x=1, y=2))
print(operator.call(len, "hello"), operator.call(max, [3, 9, 2], key=lambda v: -v))
print(operator.call(operator.add, 2, 3), operator.call(operator.call, abs, -4))
print(operator.__call__ is operator.call)


class C:
    def __call__(self, *args, **kwargs):
        return ("called", args, kwargs)


print(operator.call(C(), 1, k="v"))
print(operator.call(dict, a=1, b=2), operator.call(list))
for args in [(), (5,), ("f",)]:
    try:
        operator.call(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    operator.call(f)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.call(obj=len)
except TypeError as e:
    print("TypeError:", e)
