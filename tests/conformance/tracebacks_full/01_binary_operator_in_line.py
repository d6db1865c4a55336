# A ZeroDivisionError in the middle of a longer expression.
x, y, z = 3, 4, 0
scale = 10
print('computing')
result = (x * scale) + y / z - 1
print(result)
