import array

a = array.array('i')
a.append(1)
a.append(-2)
print(a)
a.extend([3, 4])
a.extend(range(5, 7))
a.extend(array.array('i', [7]))
a.extend(x for x in (8, 9))
print(a, len(a))
try:
    a.extend(array.array('h', [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extend([10, 'x', 11])
except TypeError as e:
    print(type(e).__name__, e)
print(a)
a.extend(a)
print(a)
try:
    a.append()
except TypeError as e:
    print(type(e).__name__, e)
print(a.append(0))
