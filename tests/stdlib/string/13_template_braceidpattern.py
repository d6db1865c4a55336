from string import Template


class Bracey(Template):
    braceidpattern = r"[^}]+"


t = Bracey("$plain and ${any thing!} and ${a-b}")
print(t.substitute({"plain": "P", "any thing!": "AT", "a-b": "AB"}))
try:
    Bracey("$bad-name").substitute({"bad": "B"})
except KeyError as e:
    print(type(e).__name__, e)
print(Bracey("$bad-name").substitute({"bad": "B"}, **{}))


class UpperBrace(Template):
    flags = 0
    braceidpattern = r"[A-Z]+"


print(UpperBrace("${ABC} $abc").substitute(ABC=1, abc=2))
print(UpperBrace("${abc}").safe_substitute(abc=2))
try:
    UpperBrace("${abc}").substitute(abc=2)
except ValueError as e:
    print(type(e).__name__, e)
print(Bracey.braceidpattern, Bracey.idpattern == Template.idpattern)
