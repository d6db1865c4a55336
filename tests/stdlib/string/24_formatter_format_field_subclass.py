from string import Formatter


class Upper(Formatter):
    def format_field(self, value, format_spec):
        if format_spec.endswith("u"):
            return format(value, format_spec[:-1]).upper()
        if format_spec == "call":
            return value()
        return super().format_field(value, format_spec)


u = Upper()
print(u.format("{0:u} {0} {1:>8u}|", "shout", "pad"))
print(u.format("{f:call}", f=lambda: "called!"))
print(u.format("{:x} {:xu}", 255, 255))


class Convert(Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


c = Convert()
print(c.format("{0!u} {0!l} {0!r} {0}", "MiXeD"))
try:
    c.format("{0!z}", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.format("{0!uu}", "x")
except ValueError as e:
    print(type(e).__name__, e)


class Logging(Formatter):
    def __init__(self):
        self.log = []

    def format_field(self, value, spec):
        self.log.append((value, spec))
        return super().format_field(value, spec)


lg = Logging()
print(lg.format("{:>{}} [{!r:^9}]", "a", 4, "b"))
print(lg.log)
