errors = [ValueError("v"), TypeError("t"), KeyError("k")]
for err in errors:
    try:
        raise err
    except (ValueError, KeyError) as e:
        print("caught", repr(e), e is err)
    except TypeError as e:
        print("type error", e)
exc_type = IndexError
try:
    raise exc_type("dynamic")
except exc_type as e:
    print(type(e).__name__, e)
handlers = (ZeroDivisionError, OverflowError)
try:
    1 % 0
except handlers as e:
    print("tuple variable:", e)
