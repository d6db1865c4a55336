from fractions import Fraction as F

f = F(1, 2)
tests = [
    ("f + 'a'", lambda: f + 'a'), ("'a' + f", lambda: 'a' + f), ("f * 'ab'", lambda: f * 'ab'),
    ("'ab' * f", lambda: 'ab' * f), ('f + None', lambda: f + None), ('None - f', lambda: None - f),
    ('f / []', lambda: f / []), ('f // None', lambda: f // None), ('f % ()', lambda: f % ()),
    ("divmod(f, 'x')", lambda: divmod(f, 'x')), ("f < 'a'", lambda: f < 'a'),
    ("'a' >= f", lambda: 'a' >= f), ('f < None', lambda: f < None), ('f == None', lambda: f == None),
    ("f != 'a'", lambda: f != 'a'), ("f ** 'x'", lambda: f ** 'x'), ('f ** None', lambda: f ** None),
    ('None ** f', lambda: None ** f), ('[1] ** f', lambda: [1] ** f), ('f & 1', lambda: f & 1),
    ('f << 1', lambda: f << 1), ('~f', lambda: ~f), ('f @ f', lambda: f @ f),
    ('f < 1j', lambda: f < 1j), ('[1, 2][f]', lambda: [1, 2][f]),
]
for expr, fn in tests:
    try:
        print(expr, '->', repr(fn()))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
