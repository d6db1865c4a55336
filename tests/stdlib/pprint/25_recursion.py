# Recursive containers print <Recursion on TYPE with id=...> (ids are replaced here).
import pprint


def show(text, *objs):
    for o in objs:
        text = text.replace(str(id(o)), "ID")
    print(text)


a = [1, 2]
a.append(a)
show(pprint.pformat(a), a)
show(pprint.pformat(a, width=5), a)
d = {"name": "root"}
d["self"] = d
show(pprint.pformat(d), d)
show(pprint.pformat(d, width=10), d)
t = ([],)
t[0].append(t)
show(pprint.pformat(t), t, t[0])
show(pprint.pformat(t, width=5), t, t[0])
outer = {"list": a, "dict": d}
show(pprint.pformat(outer, width=30), a, d)
shared = [1, 2]
show(pprint.pformat([shared, shared, {"again": shared}]), shared)
b = []
c = [b]
b.append(c)
show(pprint.pformat(b), b, c)
show(pprint.saferepr(a), a)
show(pprint.saferepr(d), d)
print(pprint.isrecursive(a), pprint.isreadable(a))
print(pprint.isrecursive([shared, shared]), pprint.isreadable([shared, shared]))
x = [0]
x[0] = x
show(pprint.pformat([x], depth=1), x)
show(pprint.pformat(x, depth=1), x)
print(pprint.isrecursive(x), pprint.PrettyPrinter(depth=1).isrecursive(x))
