try:
    x = 1 / 0
except ZeroDivisionError:
    x = 0
try:
    y = [][1]
except IndexError as e:
    y = str(e)
print(x, y)
