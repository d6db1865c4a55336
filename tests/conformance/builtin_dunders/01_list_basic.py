l = [10, 20, 30]
print([].__len__())
print(l.__len__())
print([1, 2].__getitem__(0))
print(l.__getitem__(-1))
print(list.__getitem__(l, slice(0, 1)))
print(list.__getitem__(l, slice(None, None, -1)))
print(list.__len__(l))
try:
    l.__getitem__(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    l.__getitem__('a')
except TypeError as e:
    print(type(e).__name__, e)
