from string import Template


class Defaults(Template):
    def __init__(self, template, **defaults):
        super().__init__(template)
        self.defaults = defaults

    def substitute(self, mapping={}, /, **kws):
        merged = dict(self.defaults)
        merged.update(mapping)
        merged.update(kws)
        return super().substitute(merged)


t = Defaults("$greeting, $name!", greeting="Hello")
print(t.substitute(name="Ann"))
print(t.substitute({"greeting": "Hi"}, name="Bo"))
try:
    t.substitute()
except KeyError as e:
    print(type(e).__name__, e)
print(t.template, t.defaults)
print(t.safe_substitute(name="Cy"))


class Later(Template):
    pass


Later.delimiter = "%"
print(Later("%a $a").safe_substitute(a=1))


class Recompiled(Template):
    delimiter = "@"


print(Recompiled("@a $a").safe_substitute(a=1), Recompiled.pattern.pattern.count("@"))
t = Template("$x")
t.template = "$y"
print(t.safe_substitute(x=1, y=2), t.get_identifiers())
