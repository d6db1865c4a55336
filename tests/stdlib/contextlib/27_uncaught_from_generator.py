from contextlib import contextmanager


@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError("converted: %s" % e) from None


print("start")
with converting():
    {}["key"]
print("not reached")
