import array

a = array.array('b', [1, 2, 3, 4])
print(a.reverse(), a)
e = array.array('Q')
e.reverse()
print(e)
u = array.array('u', 'abc')
u.reverse()
print(u)
print(array.array('d', reversed(array.array('d', [1, 2]))))
print(list(reversed(a)))
