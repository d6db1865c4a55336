def apply(f=lambda v: v * 2, value=3):
    return f(value)
print(apply(), apply(lambda v: v - 1), apply(value=1, f=lambda v: (v, v)))
