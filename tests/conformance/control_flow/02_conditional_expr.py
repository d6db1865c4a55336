for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, "even" if n % 2 == 0 else "odd")
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
f = (lambda v: "big" if v > 10 else "small")
print(f(5), f(50))
print([("F" if i % 3 == 0 else "") + ("B" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
def side(v):
    print("side", v)
    return v
print(side(1) if side(True) else side(2))
print(side(1) if side(0) else side(2))
