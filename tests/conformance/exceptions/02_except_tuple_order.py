def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("v")
    return "fine"
for kind in ["key", "index", "type", "value", "none"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print("bad input:", type(e).__name__, e)
try:
    {}[1]
except LookupError as e:
    print("caught by base class", repr(e))
try:
    [].pop()
except Exception as e:
    print("generic", type(e).__name__, e)
