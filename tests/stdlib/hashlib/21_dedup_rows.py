import hashlib
rows = [("alice", 30, "NY"), ("bob", 25, "LA"), ("alice", 30, "NY"),
        ("carol", 41, "SF"), ("bob", 25, "LA"), ("dave", 30, "NY")]
seen = {}
dups = []
for i, row in enumerate(rows):
    key = hashlib.sha1("|".join(map(str, row)).encode()).hexdigest()
    if key in seen:
        dups.append((i, seen[key]))
    else:
        seen[key] = i
print(dups)
print(sorted(seen.values()))
print(len(seen))
