from string import Template


class Mustache(Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{)|
      (?P<named>[_a-z][_a-z0-9]*)\}\}|
      (?P<braced>[_a-z][_a-z0-9]*)\}\}|
      (?P<invalid>)
    )
    """


m = Mustache("Hello {{name}}, you have {{count}} new {{{{ messages")
print(m.substitute(name="Ann", count=3))
print(m.get_identifiers())
try:
    Mustache("{{ oops").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Mustache("{{x}}").safe_substitute())


class NoGroups(Template):
    pattern = r"@(?P<named>\w+)|(?P<escaped>@@)|(?P<braced>@\[\w+\])|(?P<invalid>@)"


print(NoGroups("@a and @@").substitute(a="A"))
for text in ["@", "x\n@", "ab\ncd @", "@@@"]:
    try:
        NoGroups(text).substitute()
    except ValueError as e:
        print(repr(text), type(e).__name__, e)


class Weird(Template):
    pattern = r"\$(?P<named>[a-z]+)|(?P<escaped>\$\$)|(?P<braced>)(?P<invalid>\$[0-9])|(?P<other>!)"


try:
    Weird("hello ! there").substitute()
except ValueError as e:
    print(type(e).__name__, e.args[0], len(e.args))
print(Template.pattern.pattern)
print(Template.pattern.flags & 64 != 0, Mustache.pattern.flags & 64 != 0)
