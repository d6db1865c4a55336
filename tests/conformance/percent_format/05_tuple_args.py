point = (3, 4)
print("point: %s" % (point,))
print("x=%d y=%d" % point)
args = ("a", 1)
print("%s%d" % args)
try:
    print("point: %s" % point)
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % ((1, 2),))
print("%s and %s" % ([1], (2,)))
