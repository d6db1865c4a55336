from fractions import Fraction as F

vals = [F(0), F(5), F(-5), F(1, 3), F(-1, 3), F(22, 7), F(2 ** 70, 3), F(-(10 ** 25), 7),
        F(1, 10 ** 20), F(0.5), F('1e-5')]
for v in vals:
    print(repr(v), str(v), '%s' % v, '%r' % (v,), f'{v}', f'{v!r}', format(v), [v], (v,), {v: v})


class Half(F):
    pass


h = Half(1, 2)
print(repr(h), str(h), [h])
print(str([F(1, 2), F(3)]))
print(ascii(F(-7, 9)))
