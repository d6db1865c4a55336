def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)

a, b = 1, 2
t('1 @ 2', lambda: a @ b)
t('[1] @ [2]', lambda: [1] @ [2])
t("'a' @ 1.5", lambda: 'a' @ 1.5)
t('1j @ 1j', lambda: 1j @ 1j)

class L:
    def __matmul__(self, other):
        return NotImplemented

class R:
    def __rmatmul__(self, other):
        return 'R.__rmatmul__'

t('L() @ 1', lambda: L() @ 1)
t('L() @ R()', lambda: L() @ R())
t('1 @ R()', lambda: 1 @ R())
t('R() @ 1', lambda: R() @ 1)

def aug():
    x = 5
    x @= 3
    return x
t('x @= 3', aug)

def aug2():
    x = L()
    x @= L()
    return x
t('L @= L', aug2)
print(hasattr(int, '__matmul__'), hasattr(list, '__matmul__'))
