import math

# standard deviation of a data set, computed by hand
data = [2, 4, 4, 4, 5, 5, 7, 9]
mean = math.fsum(data) / len(data)
var = math.fsum((x - mean) ** 2 for x in data) / len(data)
print(repr(mean), repr(var), repr(math.sqrt(var)))

# quadratic roots: the discriminant decides
def roots(a, b, c):
    d = b * b - 4 * a * c
    s = math.sqrt(d)
    return ((-b + s) / (2 * a), (-b - s) / (2 * a))

print(roots(1, -3, 2))
print(roots(1, 2, 1))
print(roots(2, 0.5, -1))

values = [4, 2.25, 0.0, -0.0, 1e-300]
for v in values:
    print(repr(v), repr(math.sqrt(v)))

print(roots(1, 0, 1))
print("not reached")
