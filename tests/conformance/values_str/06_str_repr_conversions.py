print(str(42), str(-3.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(repr("x"), repr(42), repr([1, "a", None]), repr(("a",)))
print(str("already"), repr("new\nline"))
print(str(), repr(""), len(str()))
print(str(1e100), str(2 ** 70))
print("a" + str(1) + repr("b"))
x = [["nested", 'q"uote'], "it's"]
print(x)
print(str(x) == repr(x))
