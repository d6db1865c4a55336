print(str.__len__('abc'))
print('a'.__add__('b'))
try:
    'a'.__add__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(str.__mul__('ab', 3), 'x'.__rmul__(2), str.__mul__('ab', -1) == '')
print(str.__contains__('hello', 'ell'), 'hello'.__contains__('z'))
print(str.__getitem__('hello', 1), str.__getitem__('hello', slice(1, 4)))
print(str.__eq__('a', 'a'), str.__eq__('a', 1), str.__lt__('a', 'b'))
print(str.__mod__('%d-%s', (1, 'x')))
print(repr(str.__str__('q')), str.__repr__('q'))
print(str.__hash__('abc') == hash('abc'))
print(str.__format__('ab', '>5') + '|')
print(list(str.__iter__('xyz')))
try:
    'a'.__contains__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__mul__('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__getitem__('abc', 10)
except IndexError as e:
    print(type(e).__name__, e)
