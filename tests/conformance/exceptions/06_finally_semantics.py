def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(returns_in_finally())
print(finally_overrides())
print(finally_swallows())
def loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())
