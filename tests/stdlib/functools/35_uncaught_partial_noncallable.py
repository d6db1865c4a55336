import functools

handlers = {"int": int, "upper": str.upper, "strip": str.strip}
conv = functools.partial(handlers["int"], base=16)
print(conv("ff"), conv("10"))
shout = functools.partial(handlers["upper"])
print(shout("quiet"))
pipeline = [functools.partial(handlers[name]) for name in ("strip", "upper")]
text = "  mixed Case  "
for step in pipeline:
    text = step(text)
print(repr(text))
try:
    functools.partial(None)
except TypeError as e:
    print("caught:", e)
name = "lower"
conv2 = functools.partial(handlers.get(name), "X")
print(conv2())
