print(float(3), float("3.25"), float(True), int(2.9999), int(-0.5))
for bad in ["abc", "", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(str(1.0), str(1e-7), str(123.456), str(-0.0))
print(1.0 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("1_000.5"), 1_000.25)
