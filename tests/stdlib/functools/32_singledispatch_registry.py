import functools

@functools.singledispatch
def fmt(x):
    return str(x)

@fmt.register(int)
def fmt_int(x):
    return f"<{x}>"

@fmt.register(float)
def fmt_float(x):
    return f"<{x:.1f}>"

reg = fmt.registry
print(type(reg).__name__)
print(sorted(k.__name__ for k in reg.keys()))
print(reg[object] is fmt.__wrapped__, reg[int] is fmt_int)
print(object in reg, str in reg, len(reg))
try:
    reg[str] = fmt_int
except TypeError as e:
    print(type(e).__name__, e)

print(fmt.dispatch(bool) is fmt_int, fmt.dispatch(str).__name__)
