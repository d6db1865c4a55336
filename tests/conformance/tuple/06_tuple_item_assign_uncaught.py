point = (3, 4)
x, y = point
print(x, y)
point[0] = 5
print(point)
