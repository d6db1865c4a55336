import reprlib

r = reprlib.Repr()
for n in (0, 7, -7, 10 ** 39, 10 ** 40, -10 ** 39, 2 ** 200, -(3 ** 120)):
    print(r.repr(n))
for limit in (0, 3, 4, 5, 10):
    r.maxlong = limit
    print(limit, r.repr(123456789012345), r.repr(-5), r.repr(12345))
r.maxlong = 20
r.fillvalue = "~"
print(r.repr(10 ** 30))
# bool is not int for dispatch: it goes through repr_instance
print(r.repr(True))


class Big(int):
    pass


r = reprlib.Repr()
print(r.repr(Big(10 ** 50)))
