def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) == v(2) == v(3))
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 3, x == 5 == x)
print(0 < x <= 5 < 6 != 7)
print(1 < 2 < 3 < 4 < 3)
