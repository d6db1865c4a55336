# Negative numbers and complex literal patterns

def sign(n):
    match n:
        case -1:
            return "minus one"
        case -0:
            return "zero (written -0)"
        case -2.5:
            return "minus two and a half"
        case -100:
            return "minus one hundred"
        case -0x10:
            return "minus sixteen"
        case 1:
            return "plus one"
        case _:
            return "other"

for v in [-1, 0, -0, 0.0, -0.0, -2.5, 2.5, -100, 100, -16, 1, -1.0, 7]:
    print(repr(v), "->", sign(v))

def cplx(z):
    match z:
        case 0j:
            return "complex zero"
        case 1 + 2j:
            return "1+2j"
        case -1 - 2j:
            return "-1-2j"
        case 3j:
            return "3j"
        case -4j:
            return "-4j"
        case 1.5 - 0.5j:
            return "1.5-0.5j"
        case _:
            return "other complex"

print("-- complex literal patterns --")
for z in [0, 0j, 1 + 2j, complex(1, 2), -1 - 2j, 3j, complex(0, 3), -4j, 1.5 - 0.5j, 2 + 2j, 5]:
    print(repr(z), "->", cplx(z))

print("-- negatives in sequences --")
for seq in [[-1, -2], [-1, 2], [1, -2], [-3, -3]]:
    match seq:
        case [-1, -2]:
            print(seq, "both negative literal")
        case [-1, x]:
            print(seq, "first is -1, second", x)
        case [x, -2]:
            print(seq, "second is -2, first", x)
        case [a, b] if a == b:
            print(seq, "equal pair", a)
