import time

for secs in [0, 1234567890, 951782400, 2147483647, -86400, 253402300799]:
    print(secs, repr(time.asctime(time.gmtime(secs))))

print(time.asctime((2023, 7, 4, 15, 9, 5, 1, 185, 0)))
print(time.asctime((2023, 7, 14, 5, 9, 5, 4, 195, 0)))
print(time.asctime((999, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((-50, 1, 1, 0, 0, 0, 0, 1, 0)))
# zero month and day are accepted and treated as 1
print(time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)))
# weekday is taken from the tuple, not computed
print(time.asctime((2000, 1, 1, 0, 0, 0, 2, 1, 0)))
print(time.asctime(time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))))

for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0),
            (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 400, 0),
            (2000, 1, 1), (2000, 1, 1, 0, 0, 0, 0, 1, 0, 0), '2000', [2000] * 9,
            (2000, 1, 1, 0, 0, 0.5, 0, 1, 0)]:
    try:
        print(time.asctime(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(time.asctime()).__name__, len(time.asctime()))
