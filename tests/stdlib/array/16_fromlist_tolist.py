import array

a = array.array('i', [1])
a.fromlist([2, 3])
print(a, a.tolist(), type(a.tolist()).__name__)
try:
    a.fromlist((4, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.fromlist([4, 'x', 5])
except TypeError as e:
    print(type(e).__name__, e)
print(a)
try:
    a.fromlist([4, 2**40])
except OverflowError as e:
    print(type(e).__name__, e)
print(a)
print(array.array('d', [0.5]).tolist())
print(array.array('u', 'hi').tolist())
l = a.tolist()
l.append(99)
print(a)
