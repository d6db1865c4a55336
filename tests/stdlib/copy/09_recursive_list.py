import copy

a = [1, 2]
a.append(a)
print(a)
b = copy.deepcopy(a)
print(b)
print(b is a, b[2] is b, b[2] is a)
c = copy.copy(a)
print(c)
print(c[2] is a, c[2] is c)

# two lists pointing at each other
x = ["x"]
y = ["y", x]
x.append(y)
x2 = copy.deepcopy(x)
print(x2, x2[1][1] is x2, x2[1] is not y)

# a list inside a tuple inside the list
r = [0]
r.append((r, "t"))
r2 = copy.deepcopy(r)
print(r2[1][0] is r2, r2[1] is not r[1], r2)

# deep self-reference a few levels down
top = {"children": []}
child = {"parent": top, "children": []}
top["children"].append(child)
grand = {"parent": child}
child["children"].append(grand)
t2 = copy.deepcopy(top)
c2 = t2["children"][0]
print(c2["parent"] is t2, c2["children"][0]["parent"] is c2, t2 is not top)
print(len(t2["children"]), len(c2["children"]))
