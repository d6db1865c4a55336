from string import Template

for text in ["$ok", "$$", "${ok}", "$", "$1", "${bad name}", "${}", "plain", "",
             "$a $b $", "$$$$", "$$1", "${a}$$${b}", "$a$", "x\n$\ny"]:
    t = Template(text)
    print(repr(text), t.is_valid())
print(Template("$x $").is_valid(), Template("$x $").get_identifiers())


class Pct(Template):
    delimiter = "%"


print(Pct("%a %%").is_valid(), Pct("% a").is_valid(), Pct("$ a").is_valid())


class Strict(Template):
    flags = 0


print(Strict("$Upper").is_valid(), Strict("$Upper").get_identifiers())
