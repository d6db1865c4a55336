import textwrap

def example():
    return """\
        def f(x):
            return x * 2

        print(f(21))
        """

print(repr(textwrap.dedent(example())))
print(textwrap.dedent(example()), end="")
print(repr(textwrap.dedent("  a\n  b\n")))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("a\n  b")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.dedent("no indent")))
print(repr(textwrap.dedent("    only one line")))
print(repr(textwrap.dedent("    trailing spaces   \n    kept   ")))
print(repr(textwrap.dedent("\n\n    a\n\n    b\n\n")))
print(repr(textwrap.dedent("    x\r\n    y\r\n")))
try:
    textwrap.dedent(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.dedent(b"  x")
except TypeError as e:
    print(type(e).__name__, e)
