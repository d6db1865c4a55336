n = 255
print(f"{n:x} {n:X} {n:o} {n:b}")
print(f"{n:#x} {n:#o} {n:#b} {n:#010b}")
print(f"{1234567:,} {1234567:_} {-9876543210:,}")
print(f"{1234567.891:,.2f}")
print(f"{n:d} {n:5d}| {n:<5d}| {n:08d}")
print(f"{65:c} {n:.2f} {n:e} {n:%}")
print(f"{True:d} {True}")
print(f"{2 ** 70:,}")
