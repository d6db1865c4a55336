# A function called from a list comprehension fails.
def inverse(x):
    return 1 / x

values = [4, 2, 1, 0, 5]
print([inverse(v) for v in values[:3]])
inverses = [inverse(v) for v in values]
