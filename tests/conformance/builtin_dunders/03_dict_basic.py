d = {}
dict.__setitem__(d, 'k', 1)
d.__setitem__('j', 2)
print(d)
print(dict.__getitem__(d, 'k'))
print(d.__getitem__('j'))
print(dict.__contains__(d, 'k'), d.__contains__('zz'))
print(dict.__len__(d), d.__len__())
print(list(dict.__iter__(d)))
dict.__delitem__(d, 'k')
print(d)
try:
    dict.__getitem__(d, 'missing')
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict.__delitem__(d, 'missing')
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.__getitem__([1])
except TypeError as e:
    print(type(e).__name__, e)
