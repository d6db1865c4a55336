from string import Formatter

f = Formatter()
for s in [
    "plain",
    "",
    "{}",
    "a{}b",
    "{0} {1}",
    "{name!r:>10}",
    "{0.attr[key]:spec}",
    "{{escaped}}",
    "x{{y}}z{w}",
    "{:{width}}",
    "{!s}",
    "{0:}",
    "}}",
    "{{",
    "trail{",
    "a}b",
    "{0!}",
    "{0!rr}",
    "{ spaced name }",
    "{0[}",
]:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
it = f.parse("a{b}c")
print(type(it).__name__ in ("formatteriterator",), next(it))
