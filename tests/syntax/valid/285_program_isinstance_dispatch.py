def describe(value):
    if isinstance(value, bool):
        return "bool"
    elif isinstance(value, (int, float)):
        return "number"
    elif isinstance(value, str):
        return "text"
    elif isinstance(value, (list, tuple, set, frozenset)):
        return f"collection of {len(value)}"
    elif value is None:
        return "nothing"
    return type(value).__name__
print([describe(v) for v in (True, 1, 2.5, "s", [1], None, {})])
print(issubclass(bool, int), type(1) is int, id(None) == id(None))
