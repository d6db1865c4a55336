import itertools
from itertools import groupby, tee, product, combinations

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-02", "east", 40), ("2024-03", "north", 150),
    ("2024-03", "east", 60), ("2024-03", "south", 70),
]

print("monthly totals")
for month, rows in groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(" ", month, sum(r[2] for r in rows), "from", len(rows), "regions")

print("per region, best month")
by_region = sorted(sales, key=lambda r: (r[1], -r[2]))
for region, rows in groupby(by_region, key=lambda r: r[1]):
    best = next(rows)
    print(" ", region, best[0], best[2], "others:", [r[0] for r in rows])

print("month over month change")
totals = [(m, sum(r[2] for r in rows)) for m, rows in groupby(sales, key=lambda r: r[0])]
a, b = tee(totals)
next(b, None)
for (m1, t1), (m2, t2) in zip(a, b):
    print(" ", m1, "->", m2, "%+d" % (t2 - t1))

print("region pairs that both sold in a month")
regions = sorted({r[1] for r in sales})
for x, y in combinations(regions, 2):
    months = [m for m, rows in groupby(sales, key=lambda r: r[0])
              if {x, y} <= {r[1] for r in rows}]
    print(" ", x, y, months)

print("grid of region x month with blanks")
months = [m for m, _ in groupby(sales, key=lambda r: r[0])]
lookup = {(r[0], r[1]): r[2] for r in sales}
for region, month in product(regions, months):
    print(" ", region, month, lookup.get((month, region), "-"))
print("cells filled:", len(lookup), "of", len(list(product(regions, months))), "via", itertools.__name__)
