log = []
def record(v):
    log.append(v)
    return v
vals = [record(x) for x in range(3) if record(x * 10) > 5]
print(vals, log)
log.clear()
d = {record(k): record(k * 2) for k in range(2)}
print(d, log)
counter = {"n": 0}
def bump():
    counter["n"] += 1
    return counter["n"]
print([bump() for _ in range(4)], counter)
