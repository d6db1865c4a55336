from string import Template

print(Template("$who likes $what").get_identifiers())
print(Template("$a ${a} $b $a ${c}").get_identifiers())
print(Template("$$notid $real").get_identifiers())
print(Template("no ids").get_identifiers())
print(Template("").get_identifiers())
print(Template("$z $y $x $y").get_identifiers())
print(Template("$ok $1 ${} $").get_identifiers())
print(type(Template("$a").get_identifiers()).__name__)


class Pct(Template):
    delimiter = "%"


print(Pct("%x $y %{z} %%w").get_identifiers())


class Dotted(Template):
    idpattern = r"[a-z][a-z.]*"


print(Dotted("$a.b.c and ${d.e}").get_identifiers())
ids = Template("$first $last").get_identifiers()
ids.append("mutated")
print(Template("$first $last").get_identifiers())
