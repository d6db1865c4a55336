rows = [{"name": "a", "qty": 2}, {"name": "b", "qty": 5}, {"name": "c"}]
names = [r["name"] for r in rows]
print(names)
totals = [r["qty"] * 10 for r in rows]
print(totals)
