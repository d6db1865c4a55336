from fractions import Fraction as F
from statistics import mode


def show(data):
    try:
        r = mode(data)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))


show([1, 1, 2, 3, 3, 3, 3, 4])
show(["red", "blue", "blue", "red", "green", "red", "red"])
show(['red', 'red', 'green', 'blue', 'blue'])
show([1, 2, 3])
show([3, 2, 1])
show('aabbbc')
show([1.5, 2.5, 2.5])
show([1, 1.0, True, 2, 2])
show([F(1, 2), 0.5, 2, 2])
show([(1, 2), (1, 2), (3,)])
show(iter([5, 5, 6]))
show([])
show('')
show([[1], [1]])
show([None, None, 0])
show(range(5))
try:
    mode([])
except Exception as e:
    print(e.__cause__, e.__suppress_context__, e.__context__ is not None)
