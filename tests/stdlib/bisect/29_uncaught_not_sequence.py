import bisect

table = {1: "a", 2: "b"}
keys = sorted(table)
print(bisect.bisect_left(keys, 2))
print(bisect.bisect_left(table, 2))
