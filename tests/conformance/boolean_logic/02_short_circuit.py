def t(label, value):
    print("called", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("c", 1) and t("d", 2))
print(t("e", 1) or t("f", 2))
print(t("g", 0) or t("h", 0) or t("i", "last"))
print(t("j", 1) and t("k", 0) or t("l", 3))
xs = []
if xs and xs[0] > 0:
    print("positive")
else:
    print("empty or not positive")
d = {}
print("key" in d and d["key"])
