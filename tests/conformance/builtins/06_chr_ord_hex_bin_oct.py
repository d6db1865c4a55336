print(chr(65), chr(97), chr(8364), chr(0x1F600) == "\U0001F600", ord("A"), ord("€"), ord("\n"))
print(hex(255), hex(-1), hex(0), bin(5), bin(-5), oct(64), oct(-8))
print(hex(2 ** 64), bin(2 ** 10), oct(2 ** 20))
print(int(hex(1234), 16), int(bin(1234), 2), int(oct(1234), 8))
for f in [lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"), lambda: ord(5), lambda: hex(1.5), lambda: bin("1")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
