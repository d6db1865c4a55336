from fractions import Fraction as F

print(repr(F(F(1, 7), 5)))
print(repr(F(F(1, 7), F(2, 3))))
print(repr(F(3, F(6, 5))))
print(repr(F(F(-4, 6), F(-2, 3))))
print(repr(F(F(5, 10))))
print(repr(F(F(0), F(3, 7))))
print(repr(F(True, F(1, 2))))
for args in [(F(1, 2), 0), (F(1, 2), F(0)), (0, F(0)), (F(-3, 4), 0), (F(6, 4), F(0, 7))]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print(args, 'ZeroDivisionError', e)
for args in [(1.5, 2), (1, 2.0), (F(1, 2), 0.5), ('1', 2), (1, '2'), (1, None), (None, 1),
             (1, 2j), ([1], 2)]:
    try:
        F(*args)
    except TypeError as e:
        print(args, 'TypeError', e)
