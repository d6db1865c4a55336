import json

depth = 500
nested = []
cur = nested
for _ in range(depth - 1):
    nxt = []
    cur.append(nxt)
    cur = nxt
s = json.dumps(nested)
print(len(s), s[:10], s[-10:])
back = json.loads(s)
d = 0
cur = back
while cur:
    cur = cur[0]
    d += 1
print("depth", d + 1)
obj = {}
cur = obj
for i in range(depth - 1):
    cur["k"] = {}
    cur = cur["k"]
s = json.dumps(obj)
print(len(s))
print(len(json.dumps(obj, indent=1)))
print(len(json.dumps(nested, indent=2)))
print(json.loads(s) == obj)
t = "[" * depth + "]" * depth
print(len(json.dumps(json.loads(t))))
print(len("".join(json.JSONEncoder().iterencode(nested))))
mixed = "[{\"a\":" * 200 + "1" + "}]" * 200
print(len(json.dumps(json.loads(mixed), separators=(",", ":"))))
