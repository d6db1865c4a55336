pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a, b)
for (a, b) in pairs:
    pass
for [a, b] in pairs:
    pass
for a, (b, c) in [(1, (2, 3))]:
    pass
for first, *rest in [[1, 2, 3]]:
    print(first, rest)
d = {}
for d["key"] in range(2):
    pass
class O:
    pass
o = O()
for o.attr in "xy":
    pass
lst = [0]
for lst[0] in range(3):
    pass
print(d, o.attr, lst)
