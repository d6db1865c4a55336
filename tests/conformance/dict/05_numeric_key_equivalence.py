d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
print(d)
print(d[1.0], d[0.0], 2 in d)
e = {True: "t", 1: "one"}
print(e)
print({1: "a", 1.5: "b", 2.0: "c"})
