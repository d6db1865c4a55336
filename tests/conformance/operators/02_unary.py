x = 5
print(-x, +x, ~x, --x, -(-x), ~~x)
print(-0.0, +0.5, -True, ~False, ~0, ~-1)
print(not x, not 0, not [], not "")
for bad in ["s", [1], None]:
    for op in ("-", "+", "~"):
        try:
            if op == "-":
                -bad
            elif op == "+":
                +bad
            else:
                ~bad
        except TypeError as e:
            print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
