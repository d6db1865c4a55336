tests = [
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%d" % "x",
    lambda: "%f" % "x",
    lambda: "%z" % 1,
    lambda: "%s %s" % "ab",
    lambda: "%(k)s" % (1,),
    lambda: "%c" % "ab",
    lambda: "%x" % 1.5,
    lambda: "no format" % 5,
]
for t in tests:
    try:
        print(repr(t()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
