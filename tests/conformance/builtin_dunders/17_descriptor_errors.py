def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))

attempt('list.__len__(3)', lambda: list.__len__(3))
attempt("int.__add__('a', 1)", lambda: int.__add__('a', 1))
attempt('list.__len__()', lambda: list.__len__())
attempt('dict.__getitem__([], 0)', lambda: dict.__getitem__([], 0))
attempt('dict.__getitem__()', lambda: dict.__getitem__())
attempt("str.__len__(b'x')", lambda: str.__len__(b'x'))
attempt('list.__getitem__(l)', lambda: list.__getitem__([1]))
attempt('int.__add__(1)', lambda: int.__add__(1))
attempt('int.__add__(1, 2, 3)', lambda: int.__add__(1, 2, 3))
attempt('[].__len__(1)', lambda: [].__len__(1))
attempt('object.__eq__(1)', lambda: object.__eq__(1))
attempt('float.__mul__(2, 3.0)', lambda: float.__mul__(2, 3.0))
attempt('int.__add__(True, 1)', lambda: int.__add__(True, 1))
attempt('list.__setitem__((), 0, 1)', lambda: list.__setitem__((), 0, 1))
attempt('set.__contains__(frozenset(), 1)', lambda: set.__contains__(frozenset(), 1))
attempt('tuple.__hash__([])', lambda: tuple.__hash__([]))
attempt('int.__neg__(1.5)', lambda: int.__neg__(1.5))
attempt('str.__add__(1, "a")', lambda: str.__add__(1, 'a'))
attempt('iter([]).__next__(1)', lambda: iter([]).__next__(1))
attempt('list.__len__(x=1)', lambda: list.__len__([], x=1))
