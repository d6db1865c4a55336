a, b = 0, 10
while a < b and not (a == 5 or b == 5):
    a += 1
    b -= 1
else:
    print("done", a, b)
while (a > 0 and
       b > 0):
    a, b = a - 1, b - 1
