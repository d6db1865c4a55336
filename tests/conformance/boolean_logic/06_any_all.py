print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1, 2]))
def check(x):
    print("check", x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3]))
print(all(check(x) for x in [5, 0, 9]))
print(any("abc"), all(""), any({0: 1}), all({1: 0}))
print(all([[], [1]]), any([[], [1]]))
