import time

# fractional seconds are dropped toward minus infinity
for secs in [0.0, 0.999, 1.5, 59.9999, -0.5, -1.0, -1.5, -0.000001, 86399.99]:
    print(secs, time.gmtime(secs)[:6])

for secs in [-1, -60, -86400, -86401, -31536000, -2208988800, -62135596800]:
    g = time.gmtime(secs)
    print(secs, tuple(g))

print(time.gmtime(253402300799)[:6])
print(time.gmtime(253402300800)[:6])
print(time.gmtime(10 ** 11)[:6])
print(time.gmtime(-10 ** 11)[:6])
print(time.asctime(time.gmtime(-62135596800)))
print(time.strftime('%Y-%m-%d %a', time.gmtime(-2208988800)))
print(time.gmtime(2 ** 31)[:6], time.gmtime(-2 ** 31)[:6])
print(time.gmtime(2 ** 32)[:6])
