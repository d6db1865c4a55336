try:
    raise ValueError("temp")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
err = "preexisting"
try:
    raise KeyError("k")
except KeyError as err:
    pass
print("err" in dir())
saved = None
try:
    raise IndexError("keep me")
except IndexError as e2:
    saved = e2
print(type(saved).__name__, saved)
