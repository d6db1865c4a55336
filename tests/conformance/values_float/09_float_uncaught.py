rates = [0.5, 0.25, 0.0]
for r in rates:
    print("rate", r)
    print("inverse", 1 / r)
print("unreachable")
