from string import Template

cases = [
    "$",
    "trailing $",
    "$ space",
    "$1abc",
    "ok $x then $ bad",
    "${}",
    "${1}",
    "${bad name}",
    "${unclosed",
    "line1\nline2 $!",
    "a\nb\n\n   $%",
    "$x\n$y\n  $-",
    "\n$",
]
for text in cases:
    try:
        print(repr(Template(text).substitute(x="X", y="Y")))
    except ValueError as e:
        print(repr(text), "->", type(e).__name__, e)
print(Template("$x $").safe_substitute(x=1))
try:
    Template("$x $").substitute(x=1)
except ValueError as e:
    print(e)
try:
    Template("$x $").substitute()
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
