name, age, pi = "Ann", 30, 3.14159
a = "%s is %d" % (name, age)
b = "%5.2f|%-6s|%06d" % (pi, name, age)
c = "%(n)s:%(a)d" % {"n": name, "a": age}
d = "100%%" % ()
e = "%r %x %o %e" % (name, 255, 8, pi)
print(a, b, c, d, e)
