from contextlib import ContextDecorator, ExitStack

log = []


class traced(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        log.append(("exit", self.name, t.__name__ if t else None))
        return False


@traced("deco")
def add(a, b):
    "adds"
    log.append("body")
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(log)

log.clear()
with traced("stmt") as t:
    log.append(t.name)
print(log)

# the same instance is used for every call (no recreation)
inst = traced("shared")
print(inst._recreate_cm() is inst)
f = inst(lambda: log.append("lambda"))
log.clear()
f()
f()
print(log)

# an exception inside the function passes through __exit__
@traced("err")
def fail():
    raise KeyError("k")


log.clear()
try:
    fail()
except KeyError as e:
    print("KeyError", e)
print(log)


class swallow(ContextDecorator):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


@swallow()
def risky():
    raise ValueError
    return "never"


print(risky())


# overriding _recreate_cm to make a fresh manager for every call
class fresh(ContextDecorator):
    count = 0

    def __init__(self):
        fresh.count += 1
        self.n = fresh.count

    def _recreate_cm(self):
        return fresh()

    def __enter__(self):
        log.append(self.n)

    def __exit__(self, *a):
        pass


log.clear()
g = fresh()(lambda: None)
g()
g()
print(log)

# a decorated method keeps working as a method
class K:
    @traced("method")
    def m(self, x):
        return (type(self).__name__, x)


log.clear()
print(K().m(1), log)


# ExitStack is not a ContextDecorator
print(isinstance(ExitStack(), ContextDecorator))
try:
    ExitStack()(print)
except TypeError as e:
    print("TypeError", e)
