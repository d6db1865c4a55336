value = 42
print(value)
digits = str(value)
print(digits[0], digits[-1])
print(list(map(int, digits)))
print(value[0])
