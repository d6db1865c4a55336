from enum import Enum, IntEnum, auto


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


Lst = Enum('Lst', ['A', 'B', 'C'])
print([(m.name, m.value) for m in Lst])

Tpl = Enum('Tpl', ('X', 'Y'))
print([(m.name, m.value) for m in Tpl])

Pairs = Enum('Pairs', [('RED', 'r'), ('GREEN', 'g'), ('ALIAS', 'r')])
print([(m.name, m.value) for m in Pairs], Pairs.ALIAS)

Mapping = Enum('Mapping', {'ONE': 1, 'TWO': 2, 'TEN': 10})
print([(m.name, m.value) for m in Mapping])

Typed = Enum('Typed', 'A B', type=int)
print(Typed.A + 1, repr(Typed.B), isinstance(Typed.A, int), Typed.__mro__[1].__name__)

Strs = Enum('Strs', [('A', 'x')], type=str)
print(Strs.A.upper(), repr(Strs.A))

Gen = Enum('Gen', ((name, i * i) for i, name in enumerate('PQR')))
print([(m.name, m.value) for m in Gen])

Autos = Enum('Autos', [('A', auto()), ('B', auto())])
print([(m.name, m.value) for m in Autos])

show(lambda: Enum('Bad', [('A', 1), ('A', 2)]))
show(lambda: Enum('Bad', 'A A'))
show(lambda: Enum('Bad', 'mro'))
show(lambda: Enum('Bad', '_sunder_'))
show(lambda: list(Enum('Ok', None)))
show(lambda: Enum('Bad', [1, 2]))
show(lambda: IntEnum('Bad', [('A', 'x')]))
show(lambda: list(IntEnum('Good', [('A', '5')])))
show(lambda: Enum('Named', names='U V', start=3).V.value)
