import array

for tc in "bBhHiIqQ":
    a = array.array(tc, [1, 2])
    a.byteswap()
    print(tc, a)
f = array.array('d', [1.0])
f.byteswap()
print(f.tobytes())
f.byteswap()
print(f)
g = array.array('f', [2.0])
g.byteswap()
g.byteswap()
print(g)
u = array.array('u', 'A')
u.byteswap()
print(u.tobytes())
print(array.array('i').byteswap())
