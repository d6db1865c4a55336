# bytearray aliasing and containers
a = bytearray(b'shared')
b = a
b[0] = 83
print(a, b, a is b)
b.append(33)
print(a)
b += b'?'
print(a, a is b)
c = a[:]
c[0] = 115
print(a, c, a is c)
lst = [a, bytearray(b'two'), a]
lst[0].extend(b'1')
print(lst)
print(lst[0] is lst[2])
print(repr(lst))
d = {'k': a}
d['k'][1] = 72
print(a, d)
def mutate(buf):
    buf[:] = b'replaced'
    buf.append(46)
mutate(a)
print(a, lst[2], d['k'])
t = (a, b'imm')
t[0].clear()
print(t)
grid = [bytearray(b'...') for _ in range(3)]
grid[1][1] = 35
print(grid)
bad = [bytearray(b'...')] * 3
bad[1][1] = 35
print(bad)
copies = [bytearray(x) for x in bad]
copies[0][0] = 64
print(copies, bad)
print(a == bytearray(b''), a == b'')
