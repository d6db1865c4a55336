a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
d = {}
d["k"] = d2 = {"inner": True}
print(d, d2, d["k"] is d2)
class O:
    pass
o = O()
o.first = o.second = "same"
print(o.first, o.second, vars(o))
lst = [0, 0, 0]
i = lst[0] = lst[2] = 7
print(i, lst)
m = n = [1, 2]
m = m + [3]
print(m, n)
p = q = [1, 2]
p += [3]
print(p, q)
