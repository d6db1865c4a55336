values = [1, 4, 9, 16, 25]
roots = [r for v in values if (r := int(v ** 0.5)) % 2 == 1]
print(roots, r)
results = [y := 10, y ** 2]
print(results, y)
def f(x):
    return x * 3
print([z for x in range(5) if (z := f(x)) > 5], z)
print(any((hit := v) > 10 for v in values), hit)
