import re
from string import Template

for text in ["a\r\n$", "a\rb $", "x\r\n\r\n  $!", "tab\t$", "\u2028$", "line\x0c $?",
             "ok $x\n\n\n    ${", "$x${y}$", "${x}\n${", "é\nüü $5"]:
    try:
        Template(text).substitute(x=1, y=2)
    except ValueError as e:
        print(repr(text), e)


class Regexy(Template):
    delimiter = "*+"


print(Regexy("*+a and *+*+ and *+{b}").substitute(a=1, b=2))
print(Regexy.pattern.pattern.split("\n")[1].strip())


class Paren(Template):
    delimiter = "("


print(Paren("(a (( ({b})").safe_substitute(a="A", b="B"))

try:
    class Compiled(Template):
        pattern = re.compile(r"\$(?P<named>\w+)|(?P<escaped>\$\$)|(?P<braced>x^)|(?P<invalid>\$)")
except ValueError as e:
    print(type(e).__name__, e)


class PlainString(Template):
    flags = 0
    pattern = r"\$(?P<named>\w+)|(?P<escaped>\$\$)|(?P<braced>x^)|(?P<invalid>\$)"


print(PlainString("$a $$ $").safe_substitute(a=1), PlainString("$A").safe_substitute(a=1))
print(PlainString.pattern.flags & re.VERBOSE != 0, PlainString.pattern.flags & re.I)

t = Template("$a $b $c")
print(t.safe_substitute({"a": "m", "b": "m"}, b="kw"))
print(t.substitute({"a": 1, "b": 2, "c": 3}, c="override"))


class Counting(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.asked = []

    def __getitem__(self, key):
        self.asked.append(key)
        return super().__getitem__(key)


m = Counting(a=1, b=2, c=3)
print(Template("$c $a ${b} $a").substitute(m), m.asked)
print(Template("$a").substitute(m, a="kw"), m.asked[-1])
try:
    Template("$a $missing").safe_substitute(Counting(a=1))
except KeyError:
    print("unexpected")
else:
    print(Template("$a $missing").safe_substitute(Counting(a=1)))


class Keyless:
    def __getitem__(self, key):
        if key == "ok":
            return "fine"
        raise KeyError(key)


print(Template("$ok $no").safe_substitute(Keyless()))
try:
    Template("$ok $no").substitute(Keyless())
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(Template) if not k.startswith("__")))
print(Template("$x").pattern is Template.pattern, type(Template.pattern).__name__)
