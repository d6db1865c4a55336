import textwrap

text = "alpha\n\n  beta\n   \ngamma\n"
print(repr(textwrap.indent(text, "+ ", lambda line: True)))
print(repr(textwrap.indent(text, "+ ", lambda line: False)))
print(repr(textwrap.indent(text, "+ ", lambda line: line.startswith(" "))))
seen = []


def record(line):
    seen.append(line)
    return len(seen) % 2 == 1


print(repr(textwrap.indent(text, "* ", record)))
print(seen)
print(repr(textwrap.indent(text, "n ", predicate=lambda line: line.strip() != "gamma")))
print(repr(textwrap.indent("x\ny\n", ">", lambda line: 1 if line == "x\n" else 0)))
print(repr(textwrap.indent("x\ny", ">", None)))
try:
    textwrap.indent("x", ">", 5)
except TypeError as e:
    print(type(e).__name__, e)


def boom(line):
    raise RuntimeError("predicate failed on " + repr(line))


try:
    textwrap.indent("ok\nbad", ">", boom)
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(textwrap.indent("", ">", lambda line: True)))
