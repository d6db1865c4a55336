def ratio(a, b):
    return a / b
print(ratio(1.0, 4))
print(ratio(-3, 0.5))
print(ratio(0.0, 2))
print(ratio(3.5, 0.0))
