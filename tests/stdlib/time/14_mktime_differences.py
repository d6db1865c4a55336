import time

# differences between mktime results do not depend on the local time zone
# (as long as no daylight-saving change lies in between: pick January dates)
def mk(y, m, d, H=0, M=0, S=0):
    return time.mktime((y, m, d, H, M, S, 0, 0, -1))

print(mk(2023, 1, 2) - mk(2023, 1, 1))
print(mk(2023, 1, 1, 12) - mk(2023, 1, 1))
print(mk(2023, 1, 1, 0, 0, 59) - mk(2023, 1, 1))
print(mk(2023, 1, 31) - mk(2023, 1, 1))
print(mk(2024, 1, 1) - mk(2023, 1, 1))
print(mk(2025, 1, 1) - mk(2024, 1, 1))
print((mk(2001, 1, 1) - mk(2000, 1, 1)) / 86400)
print((mk(2101, 1, 1) - mk(2100, 1, 1)) / 86400)
print(type(mk(2023, 1, 1)).__name__)
print(mk(2023, 1, 1) == int(mk(2023, 1, 1)))

# the round trip localtime(mktime(t)) gives t back (fields normalized)
t = (2022, 1, 15, 10, 20, 30, 0, 0, 0)
lt = time.localtime(mk(*t[:6]))
print(lt[:6], lt.tm_wday, lt.tm_yday)
lt = time.localtime(mk(2022, 1, 32))
print(lt[:3])
lt = time.localtime(mk(2022, 1, 15, 25))
print(lt[:4])

# mktime of localtime() of a value gives that value back
for secs in [0, 1000000000, 1234567890]:
    print(time.mktime(time.localtime(secs)) == secs)

for bad in [(2023, 1, 1), '2023', None, (2023.5, 1, 1, 0, 0, 0, 0, 0, 0)]:
    try:
        time.mktime(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
