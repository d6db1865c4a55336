import math
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError))
try:
    2.5 ** 2000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", type(e).__name__)
try:
    raise RecursionError("fake")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise UnboundLocalError("manual")
except NameError as e:
    print(type(e).__name__, e)
