import array

for tc in "bBuhHiIlLqQfd":
    a = array.array(tc)
    info = a.buffer_info()
    print(tc, type(info).__name__, len(info), type(info[0]).__name__, info[1])
a = array.array('i', [1, 2, 3])
addr, n = a.buffer_info()
print(n, n * a.itemsize == len(a.tobytes()))
a.append(4)
print(a.buffer_info()[1])
print(isinstance(addr, int))
