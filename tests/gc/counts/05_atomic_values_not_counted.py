# strings, ints, floats, bools and None are not tracked types: creating them leaves count[0] alone
import gc
gc.collect()
c0 = gc.get_count()
s = ""
total = 0
f = 0.5
flag = None
for i in range(300):
    s = s + "ab"
    total = total + i * 1000000007
    f = f * 1.5
    flag = i % 2 == 0
c1 = gc.get_count()
print(c1[0] - c0[0], len(s), total, flag)
