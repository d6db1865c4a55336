import array

a = array.array('h', [1, 2, 3])
a.insert(0, 0)
a.insert(100, 9)
a.insert(-1, 8)
a.insert(-100, -1)
print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
try:
    a.pop(10)
except IndexError as e:
    print(type(e).__name__, e)
e = array.array('d')
try:
    e.pop()
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    a.insert(0, 'x')
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    a.insert('0', 1)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(a)
