import array

a = array.array('B', [1, 2])
print(a)
a[0] = 300
