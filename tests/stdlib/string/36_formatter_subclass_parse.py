from string import Formatter


class Angle(Formatter):
    """Fields written as <name> instead of {name}."""

    def parse(self, format_string):
        out = []
        rest = format_string
        while rest:
            head, sep, tail = rest.partition("<")
            if not sep:
                out.append((head, None, None, None))
                break
            name, _, rest = tail.partition(">")
            out.append((head, name, "", None))
        return out


print(Angle().format("Hi <0>, you are <age>!", "Ann", age=30))
print(Angle().format("no fields"))


class Attr(Formatter):
    def get_field(self, field_name, args, kwargs):
        if field_name.startswith("@"):
            return kwargs["obj"].get(field_name[1:], "?"), "obj"
        return super().get_field(field_name, args, kwargs)


print(Attr().format("{@a}-{@b}-{0}", "pos", obj={"a": 1}))


class Tracking(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        print("  used", sorted(map(repr, used_args)))


t = Tracking()
print(t.format("{0.real}{0.imag}{x[0]}{x[1]}{y!r}", 1 + 2j, x="ab", y=None, z=0))
print(t.format("{:>{}}{:<{}}|", "a", 3, "b", 2))
print(t.vformat("{0:{1}}", ("a", "^5"), {}))


class Deep(Formatter):
    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        print("  depth", recursion_depth, repr(format_string))
        return super()._vformat(format_string, args, kwargs, used_args, recursion_depth,
                                auto_arg_index)


print(Deep().format("{0:{1}}", 5, "03"))
try:
    Deep().format("{0:{1:{2}}}", 1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
print(Formatter().vformat("{0}", ["list-arg"], {}), Formatter().vformat("{k}", (), {"k": "v"}))
print(Formatter().format("{0:{1}}", 3.14159, ".{}f".format(2)))
print(Formatter().format("{a!s:{b}}", a=[1], b="<6") + "|")
