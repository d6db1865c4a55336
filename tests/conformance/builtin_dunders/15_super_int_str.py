class I(int):
    def __eq__(self, other):
        print('I.__eq__', other)
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__()
    def __repr__(self):
        return 'I(' + super().__repr__() + ')'
    def __add__(self, other):
        r = super().__add__(other)
        return r if r is NotImplemented else I(r)

i = I(5)
print(i == 5, i == 5.0, i == 'x')
print(hash(i) == hash(5), {i: 'v'}[5])
print(repr(i), str(i), f'{i}')
print(i + 1, type(i + 1).__name__)
print(repr(i + 1.5))

class S(str):
    def __len__(self):
        return super().__len__() * 2
    def __contains__(self, x):
        return super().__contains__(x.upper())
    def __getitem__(self, k):
        return S(super().__getitem__(k) + '!')
    def __repr__(self):
        return 'S' + super().__repr__()
    def __eq__(self, other):
        return super().__eq__(other.lower() if isinstance(other, str) else other)
    __hash__ = str.__hash__

s = S('AbC')
print(len(s), 'c' in s, 'b' in s)
print(repr(s[0]), str(s[1:]))
print(s == 'abc', s == 'AbC', s == 3)
print(hash(s) == hash('AbC'), repr(s), str(s), s + 'x')
