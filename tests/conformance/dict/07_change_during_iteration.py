d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d2 = {1: "a", 2: "b"}
try:
    for k in d2:
        d2[k + 10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d2))
d3 = {1: "a", 2: "b"}
for k in d3:
    d3[k] = d3[k] * 2
print(d3)
