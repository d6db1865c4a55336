print(int("42"), int("  -7  "), int("+3"))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("1010", 2))
print(int("z", 36), int("0b101", 0), int("0o17", 0), int("12_345"))
print(int(3.99), int(-3.99), int(True), int(False))
print(int(1e20))
for bad in ["x", "", "3.5", "1 2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
