xs = [4, 2, 8]
print(xs.append(1), xs.extend("ab"), xs)
print(xs.count("a"), xs.index(8), xs.index(2, 1), xs.copy() == xs)
xs += [7]
print(xs)
xs *= 2
print(xs, len(xs))
ys = [0]
ys.extend(range(3))
ys.extend((9,))
ys.extend({5: "x"})
print(ys)
print(list(), list("hi"), list((1, 2)), list(range(3)), list({1: 2, 3: 4}))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99])
