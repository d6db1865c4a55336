from string import Formatter


class Default(Formatter):
    def __init__(self, default="<missing>"):
        self.default = default
        self.calls = []

    def get_value(self, key, args, kwargs):
        self.calls.append(key)
        if isinstance(key, int):
            return args[key] if key < len(args) else self.default
        return kwargs.get(key, self.default)


d = Default()
print(d.format("{name} has {count} {thing}", name="ann", count=3))
print(d.format("{0} {1} {2}", "only"))
print(d.format("{} {}", "auto"))
print(d.format("{missing!r}"))
print(d.calls)
d2 = Default(default=0)
print(d2.format("{a:5d}|{b:5d}|", a=42))
try:
    d2.format("{a.upper}")
except AttributeError as e:
    print(type(e).__name__, e)


class EnvLike(Formatter):
    env = {"HOME": "/home/nb", "USER": "nb"}

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key.isupper():
            return self.env[key]
        return super().get_value(key, args, kwargs)


e = EnvLike()
print(e.format("{USER} lives in {HOME}, arg {0}, kw {k}", "p", k="v"))
try:
    e.format("{NOPE}")
except KeyError as exc:
    print(type(exc).__name__, exc)
try:
    e.format("{nope}")
except KeyError as exc:
    print(type(exc).__name__, exc)
