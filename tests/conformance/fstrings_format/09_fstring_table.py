rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.75)]
print(f"{'item':<12}{'qty':>5}{'price':>8}{'total':>9}")
print("-" * 34)
grand = 0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{item:<12}{qty:>5}{price:>8.2f}{total:>9.2f}")
print("-" * 34)
print(f"{'TOTAL':<25}{grand:>9.2f}")
print(f"{grand / len(rows):.3f} avg, {max(r[1] for r in rows):03d} max qty")
