first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
x, *empty, y = 1, 2
print(x, empty, y)
*everything, = (7, 8)
print(everything)
head, *tail = "x"
print(head, tail, type(tail).__name__)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for f, *others in [(1, 2, 3), (4,)]:
    print(f, others)
