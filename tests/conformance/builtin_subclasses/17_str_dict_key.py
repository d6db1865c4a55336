class Name(str):
    pass

n = Name("alice")
print(hash(n) == hash("alice"))
d = {n: 1}
print(d["alice"], "alice" in d, d.get(Name("alice")))
d["alice"] = 2
print(len(d), d[n], d)
e = {"bob": 5}
print(e[Name("bob")], Name("bob") in e)
s = {"x", Name("x")}
print(len(s))
k = list(d)[0]
print(type(k).__name__, k)
counts = {}
for word in [Name("a"), "a", Name("b"), "b", "a"]:
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
print(type(list(counts)[0]).__name__)
