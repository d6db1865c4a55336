from string import Formatter

f = Formatter()
cases = [
    ("{0} {}", ("a", "b"), {}),
    ("{} {0}", ("a", "b"), {}),
    ("{2}", ("a",), {}),
    ("{}{}", ("a",), {}),
    ("{name}", (), {}),
    ("}", (), {}),
    ("{", (), {}),
    ("a { b", (), {}),
    ("{0.}", ("a",), {}),
    ("{0[}", ("a",), {}),
    ("{0!}", ("a",), {}),
    ("{0:>{1:{2}}}", ("a", 1, 2), {}),
    ("{0.missing}", ("a",), {}),
    ("{0[9]}", ("a",), {}),
    ("{:d}", ("a",), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), repr(f.format(fmt, *args, **kwargs)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
    try:
        fmt.format(*args, **kwargs)
    except Exception as e:
        print("  str.format:", type(e).__name__, e)
try:
    f.format()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.vformat("{}", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
