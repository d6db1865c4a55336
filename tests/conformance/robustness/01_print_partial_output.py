# print writes each piece as it goes: what came before a failing __str__ is already out.
class Bad:
    def __str__(self):
        raise ValueError('no str for you')

class Good:
    def __str__(self):
        return 'good'

try:
    print('a', Bad())
except ValueError as e:
    print()
    print(type(e).__name__, e)
try:
    print('x', 'y', Good(), Bad(), 'z', sep='-', end='!\n')
except ValueError as e:
    print('|', type(e).__name__, e)
try:
    print(Bad(), 'never')
except ValueError as e:
    print('nothing before:', type(e).__name__, e)
try:
    print('one', 'two', end=Good())
except TypeError as e:
    print('end checked first:', type(e).__name__, e)
print('done')
