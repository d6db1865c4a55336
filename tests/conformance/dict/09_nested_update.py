inventory = {"fruit": {"apple": 3}, "veg": {}}
inventory["fruit"]["pear"] = 2
inventory["veg"].setdefault("kale", 0)
inventory["veg"]["kale"] += 5
inventory.setdefault("grain", {}).update(rice=1)
print(inventory)
totals = {k: sum(v.values()) for k, v in inventory.items()}
print(totals)
merged = {**inventory["fruit"], **inventory["veg"], "apple": 0}
print(merged)
print({**{"a": 1}, "b": 2, **{"a": 3}})
