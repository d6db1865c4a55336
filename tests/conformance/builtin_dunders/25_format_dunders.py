print(int.__format__(42, '05d'), int.__format__(255, 'x'), int.__format__(255, '#b'))
print(repr(int.__format__(7, '')), (7).__format__(','), (1234567).__format__('_'))
print(float.__format__(3.14159, '.2f'), (2.5).__format__('e'), (0.5).__format__('%'))
print(repr(float.__format__(1.0, '')), repr(float.__format__(1e20, '')))
print(str.__format__('hi', '^6') + '|', 'hi'.__format__('*<4'))
print(bool.__format__(True, ''), bool.__format__(True, 'd'), format(True, '>5'))
print(format(12, 'n'), format(-0.0, '+.1f'))
try:
    int.__format__(1, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.__format__('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    float.__format__(1.0, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].__format__('x')
except TypeError as e:
    print(type(e).__name__, e)
print([].__format__(''), ().__format__(''), {}.__format__(''))
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(F(), 'abc'), f'{F():xyz}', '{:q}'.format(F()), F().__format__(''))
