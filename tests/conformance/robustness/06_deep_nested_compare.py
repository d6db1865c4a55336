# Comparing (and printing) structures nested deeper than the recursion limit.
def nest_tuple(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t

def nest_list(n):
    l = []
    for i in range(n):
        l = [l]
    return l

a, b = nest_tuple(100000), nest_tuple(100000)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, e)
x, y = nest_list(100000), nest_list(100000)
try:
    print(x == y)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    print(x < y)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    print(len(repr(x)))
except RecursionError as e:
    print(type(e).__name__, e)
print(a == a, x == x)
print(nest_tuple(50) == nest_tuple(50), nest_list(50) < nest_list(51))
del a, b, x, y
print('freed')
