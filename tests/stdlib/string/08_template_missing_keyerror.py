from string import Template

t = Template("$who likes $what")
for kwargs in [{}, {"who": "tim"}, {"what": "x"}]:
    try:
        print(t.substitute(**kwargs))
    except KeyError as e:
        print(type(e).__name__, e, e.args)
try:
    Template("${braced}").substitute()
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template("$x").substitute({"X": 1})
except KeyError as e:
    print(type(e).__name__, e)


class Loud(dict):
    def __missing__(self, key):
        return key.upper()


print(Template("$a $b").substitute(Loud(a="lower")))
print(Template("$a $b").safe_substitute(Loud(a="lower")))


class Fails(dict):
    def __getitem__(self, key):
        raise RuntimeError("lookup of " + key)


try:
    Template("$q").safe_substitute(Fails())
except RuntimeError as e:
    print(type(e).__name__, e)
