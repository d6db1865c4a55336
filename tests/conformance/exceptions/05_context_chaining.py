try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__)
try:
    try:
        raise ValueError("a")
    except ValueError as exc:
        raise TypeError("b") from None
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__)
