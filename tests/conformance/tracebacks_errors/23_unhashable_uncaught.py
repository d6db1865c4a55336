seen = set()
for item in [1, (2, 3), "s", [4, 5]]:
    print("adding", repr(item))
    seen.add(item)
    print(len(seen))
print("unreachable")
