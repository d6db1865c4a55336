for n in [0, 1, 255, -255, 4096, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n))
print(str(12345678901234567890), repr(-98765432109876543210))
print(format(255, "x"), format(255, "X"), format(255, "#b"), format(-8, "o"))
print(int(hex(2 ** 77), 16) == 2 ** 77)
