import array

for tc in "bBhHiIlLqQ":
    a = array.array(tc, [1, 2, 3])
    print(tc, a, a.tolist(), list(a), sum(a))
print(array.array('i', range(5)))
print(array.array('i', (x * x for x in range(4))))
print(array.array('h', iter([7, 8])))
print(array.array('l', []))
print(array.array('q', map(int, "123")))
