xs = [1, 2, 3]
try:
    del xs[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    xs["a"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.sort(key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.insert(1)
except TypeError as e:
    print(type(e).__name__, e)
print(xs)
