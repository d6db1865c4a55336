import textwrap


class Bulleted(textwrap.TextWrapper):
    def __init__(self, bullet="•", **kw):
        super().__init__(initial_indent=bullet + " ", subsequent_indent=" " * (len(bullet) + 1), **kw)

    def fill(self, text):
        return super().fill(text).upper()


b = Bulleted(width=24)
print(b.fill("notebooks cache every output they display to the user"))
print(b.wrap("short item"))
print(isinstance(b, textwrap.TextWrapper), type(b).__mro__[1].__name__)


class Counting(textwrap.TextWrapper):
    calls = 0

    def wrap(self, text):
        Counting.calls += 1
        return super().wrap(text)


c = Counting(width=10)
print(c.fill("fill calls wrap once under the hood"))
print(Counting.calls)


class NoDrop(textwrap.TextWrapper):
    drop_whitespace = False


nd = NoDrop(width=6)
print(nd.drop_whitespace, nd.wrap("ab   cd"))
