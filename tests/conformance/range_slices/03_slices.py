s = "abcdefghij"
xs = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2::-2])
print(xs[2:5], xs[::-3], xs[8:2:-2], xs[5:5], xs[100:], xs[-100:2])
t = tuple(xs)
print(t[1:4], t[::4], type(t[1:2]).__name__)
print(s[5:2], s[5:2:-1], s[::1], s[:], s[0:100])
print(xs[1:-1:2], s[-1:-4:-1])
n = None
print(s[n:3], s[3:n], xs[::n])
