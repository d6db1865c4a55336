inventory = {"apple": 3, "pear": 0, "plum": 7}
restock = {"pear": 5, "kiwi": 2}
merged = {**inventory, **{k: inventory.get(k, 0) + v for k, v in restock.items()}}
in_stock = {name for name, qty in merged.items() if qty}
report = "\n".join(f"{name:>6}: {'#' * qty}" for name, qty in sorted(merged.items()))
print(report)
print(sorted(in_stock))
