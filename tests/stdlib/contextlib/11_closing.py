from contextlib import closing


class Thing:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        print("closing", self.name)
        self.closed = True


with closing(Thing("a")) as t:
    print(t.name, t.closed)
print(t.closed)

try:
    with closing(Thing("b")) as t:
        raise ValueError("body")
except ValueError as e:
    print("ValueError", e, t.closed)

c = closing(Thing("c"))
print(c.thing.name, c.__enter__() is c.thing)
print(c.__exit__(None, None, None))


class NoClose:
    pass


try:
    with closing(NoClose()):
        print("body runs")
except AttributeError as e:
    print("AttributeError", e)


class BadClose:
    def close(self):
        raise OSError("close failed")


try:
    with closing(BadClose()):
        raise KeyError("body error")
except OSError as e:
    print("OSError", e, repr(e.__context__))

# generators have close()
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


with closing(gen()) as g:
    print(next(g))
print(g.gi_frame)

# closing of an io object
import io
with closing(io.StringIO("text")) as f:
    print(f.read())
print(f.closed)

try:
    closing()
except TypeError as e:
    print("TypeError", e)
