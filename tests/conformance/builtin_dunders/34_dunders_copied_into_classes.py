# A builtin dunder copied into a class (or stored under another name) is called: the
# interpreter's own operation for the type would do something else.
class L(list):
    __repr__ = object.__repr__
print(repr(L([1]))[:12], str(L([1]))[:12])
class M(list):
    __repr__ = list.__repr__
    __len__ = list.__len__
    __eq__ = list.__eq__
    __hash__ = None
print(repr(M([1, 2])), len(M([1, 2])), M([1]) == [1])
class D(dict):
    __iter__ = dict.__iter__
    __getitem__ = dict.__getitem__
    __contains__ = dict.__contains__
d = D(a=1)
print(list(d), d['a'], 'a' in d)
class O:
    __repr__ = object.__repr__
    __eq__ = object.__eq__
    __hash__ = object.__hash__
print(repr(O())[:11], O() == O())
class S(str):
    __str__ = str.__str__
    __add__ = str.__add__
print(str(S('x')), S('a') + 'b', type(S('a') + 'b'))
class I(int):
    __add__ = int.__add__
    __repr__ = int.__repr__
    __str__ = object.__str__
print(I(3) + 4, repr(I(5)), str(I(6)))
class E(Exception):
    __str__ = BaseException.__str__
print(str(E('m')))
class T(tuple):
    __hash__ = tuple.__hash__
print(hash(T((1,))) == hash((1,)))


class H(list):
    __hash__ = object.__hash__


x = H([1])
print(hash(x) == object.__hash__(x), {x: 1}[x])


class J(int):
    __format__ = int.__format__

    def __str__(self):
        return 'J!'


class F(float):
    __format__ = float.__format__
    __str__ = lambda self: 'F!'


print(f"{J(1)}", f"{J(1):d}", format(J(2), ''), f"{F(1.5)}", f"{F(1.5):.2f}")
