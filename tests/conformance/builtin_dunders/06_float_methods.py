print(float.__mul__(1.5, 2))
print(float.__mul__(1.5, 'a'))
print(float.__rmul__(1.5, 4))
print(float.__add__(0.1, 0.2))
print(float.__int__(2.5), float.__int__(-2.5))
print(float.__round__(2.567, 2))
print(float.__round__(2.5), float.__round__(3.5), type(float.__round__(2.5)).__name__)
print(float.__round__(1234.5, -2))
print(float.__trunc__(-3.7), float.__floor__(-3.7), float.__ceil__(-3.7))
print(float.__neg__(0.0), float.__abs__(-0.0))
print(float.__bool__(0.0), float.__bool__(1e-300))
print(float.__eq__(1.0, 1), float.__lt__(1.0, 2))
print(float.__divmod__(7.5, 2))
print(float.__pow__(2.0, 0.5))
print(float.__float__(1.25), float.__repr__(1e16), float.__str__(0.1))
print(float.__hash__(1.0) == hash(1), float.__hash__(0.5))
try:
    float.__int__(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.__int__(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    float.__truediv__(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
