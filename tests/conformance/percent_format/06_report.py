rows = [("north", 1250.5, 0.12), ("south", 980.25, -0.034), ("east", 15000.0, 0.5)]
print("%-8s %10s %8s" % ("region", "sales", "growth"))
for region, sales, growth in rows:
    print("%-8s %10.2f %+7.1f%%" % (region, sales, growth * 100))
total = sum(r[1] for r in rows)
print("%-8s %10.2f" % ("total", total))
print("%d regions, %.3e total" % (len(rows), total))
print("%5.1f%%|%-6d|%06.2f" % (99.44, 7, 3.14159))
