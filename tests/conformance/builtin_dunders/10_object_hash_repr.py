class C:
    pass

o = C()
print(object.__hash__(o) == hash(o))
print(C.__hash__ is object.__hash__)

class R:
    def __repr__(self):
        return 'R()'

r = R()
print(repr(r), str(r))
print(object.__repr__(r).startswith('<__main__.R object at '))
print(object.__str__(r))
print(object.__str__(5), object.__str__('s'), object.__repr__.__name__)

class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'

s = S()
print(object.__str__(s), str(s), repr(s), f'{s}', f'{s!r}')

class H:
    def __eq__(self, other):
        return True

print(H.__hash__)
try:
    hash(H())
except TypeError as e:
    print(type(e).__name__, e)
h = H()
print(object.__hash__(h) == object.__hash__(h))
