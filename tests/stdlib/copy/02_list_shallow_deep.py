import copy

a = [1, 2, 3]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, c, b == a, c == a, b is a, c is a)
b.append(4)
c.append(5)
print(a, b, c)

inner = ["x"]
outer = [inner, 1, "s"]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow[0] is inner, deep[0] is inner, deep[0] == inner)
inner.append("y")
print(outer, shallow, deep)

# items that are immutable atoms are shared even by deepcopy
strs = ["alpha", "beta", 10 ** 30]
d = copy.deepcopy(strs)
print([x is y for x, y in zip(strs, d)])

print(copy.copy([]), copy.deepcopy([]), copy.copy([]) is not copy.copy([]))
# a list subclass keeps its type and attributes
class Tagged(list):
    pass
t = Tagged([1, [2]])
t.tag = "T"
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
print(type(t2).__name__, t2, t2.tag, t2[1] is t[1])
print(type(t3).__name__, t3, t3.tag, t3[1] is t[1])
print(a.copy() == copy.copy(a), a[:] == copy.copy(a))
