from string import Template

t = Template("$a")
try:
    t.substitute({"a": 1}, {"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.safe_substitute({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.substitute(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Template()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Template(5).substitute()
except TypeError as e:
    print(type(e).__name__, e)
print(Template("$self and $mapping").substitute(self="s", mapping="m"))
try:
    Template("$x").substitute(mapping={"x": 1})
except KeyError as e:
    print(type(e).__name__, e)
print(Template("$mapping").substitute(mapping={"x": 1}))
print(t.substitute({"a": 1}, a=2))
print(t.substitute(a=1, b=2))
print(Template(template="$a").substitute(a="kw"))
