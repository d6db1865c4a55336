def inner():
    raise ValueError("inner problem")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except ValueError as e:
    print("outer caught:", e)
def convert():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
try:
    convert()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
