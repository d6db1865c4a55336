s = "hello"
a = s[0]
b = s[-1]
c = s[1:3]
d = s[::-1]
e = "literal"[2:]
print(a, b, c, d, e)
