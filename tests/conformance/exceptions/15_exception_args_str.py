cases = [Exception(), Exception("one"), Exception("a", "b"), Exception(42), Exception(None), Exception(""), Exception([1, 2])]
for e in cases:
    print(repr(str(e)), repr(e), len(e.args))
k = KeyError("quoted")
print(str(k), repr(k))
k2 = KeyError("a", "b")
print(str(k2))
print(str(KeyError()), repr(KeyError(None)))
f = FileNotFoundError(2, "No such file or directory")
print(str(f), f.errno, f.strerror)
