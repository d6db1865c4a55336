xs = [1, 2, 3]
try:
    del xs[5]
except IndexError as e:
    print(type(e).__name__, e)
d = {}
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del xs["a"]
except TypeError as e:
    print(type(e).__name__, e)
del xs[10:20]
print(xs)
