d = {}
for i in range(50000):
    d = {"level": i, "child": d}
print(d["level"], d["child"]["level"], len(d))
try:
    str(d)
except RecursionError as e:
    print(type(e).__name__, e)
count = 0
cur = d
while cur:
    cur = cur["child"]
    count += 1
print(count)
d = None
print("released")
