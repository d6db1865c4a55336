from string import Template


class Percent(Template):
    delimiter = "%"


t = Percent("%who owes %amount for %%fees ${not_used} %{braced}x")
print(t.substitute(who="tim", amount="$10", braced="B"))


class Hash(Template):
    delimiter = "#"


print(Hash("#a #{b} ## $c").safe_substitute(a=1, b=2, c=3))


class Multi(Template):
    delimiter = "<<"


print(Multi("<<x and <<<< and <<{y}").substitute(x="X", y="Y"))


class Dot(Template):
    delimiter = "."


print(Dot(".name..ext").substitute(name="file"))


class Caret(Template):
    delimiter = "^"


try:
    Caret("^ bad").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Caret("^a^^^b").substitute(a=1, b=2))
print(Percent.delimiter, Template.delimiter, Hash.delimiter)
print(issubclass(Percent, Template), Percent.__mro__[1].__name__)
