import bisect

names = ["ann", "bob", "cy"]
print(bisect.bisect_left(names, "bo"))
bisect.insort(names, "al")
print(names)
bisect.insort(names, 42)
print(names)
