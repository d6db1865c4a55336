records = [{"n": 3}, {"n": 1}, {"n": 2}]
records.sort(key=lambda r: r["n"])
print(records)
records.append({"m": 0})
records.sort(key=lambda r: r["n"])
print(records)
