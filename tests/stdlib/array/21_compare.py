import array

a = array.array('i', [1, 2, 3])
print(a == array.array('i', [1, 2, 3]), a != array.array('i', [1, 2]))
print(a < array.array('i', [1, 2, 4]), a > array.array('i', [1, 2]), a <= a, a >= a)
print(a == array.array('d', [1.0, 2.0, 3.0]))
print(a == array.array('b', [1, 2, 3]), a < array.array('d', [1.0, 2.5]))
print(a == [1, 2, 3], a != [1, 2, 3])
try:
    a < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print(array.array('u', 'ab') == array.array('u', 'ab'))
print(array.array('u', 'ab') < array.array('u', 'b'))
print(array.array('u', 'a') == array.array('i', [97]))
n = array.array('d', [float('nan')])
print(n == n, n != n)
print(array.array('i') == array.array('d'), array.array('i') < array.array('d', [0]))
print(sorted([array.array('i', [3]), array.array('i', [1, 5]), array.array('i', [1])]))
