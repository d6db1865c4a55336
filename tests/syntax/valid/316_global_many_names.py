x = y = z = 0
def set_all(value):
    global x, y, z
    x = y = z = value
def read_all():
    return x, y, z
set_all(5)
print(read_all())
