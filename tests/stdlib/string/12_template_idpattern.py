import re
from string import Template


class Dotted(Template):
    idpattern = r"[_a-z][_a-z0-9.]*"


print(Dotted("$user.name is $user.age").substitute({"user.name": "ann", "user.age": 30}))
print(Dotted("${user.name}").substitute({"user.name": "braced"}))


class Lower(Template):
    flags = 0
    idpattern = r"[a-z]+"


print(Lower("$abcDEF").substitute(abc="x"))
print(Template("$abcDEF").safe_substitute(abc="x"))


class Digits(Template):
    idpattern = r"[0-9]+"


print(Digits("$1 and $22 and ${3}").substitute({"1": "one", "22": "twentytwo", "3": "three"}))
try:
    Digits("$x").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template.idpattern)
print(Template.flags == re.IGNORECASE, Lower.flags)
print(Template.braceidpattern)
print(Template("$ı").safe_substitute())
print(Template("$K").safe_substitute(K="kelvin"))
