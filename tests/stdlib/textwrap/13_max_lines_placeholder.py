import textwrap

text = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=""))
print(textwrap.wrap(text, 20, max_lines=1, placeholder=" [truncated]"))
print(textwrap.wrap(text, 20, max_lines=3, placeholder="   ~"))
for ph in [" " + "x" * 19, " " + "x" * 20, "x" * 21]:
    try:
        print(repr(ph), textwrap.wrap(text, 20, max_lines=1, placeholder=ph))
    except ValueError as e:
        print(repr(ph), type(e).__name__, e)
for max_lines, ind in [(2, "    "), (2, "      "), (1, "      ")]:
    try:
        print(max_lines, repr(ind), textwrap.wrap(text, 10, max_lines=max_lines, placeholder=" [...]", subsequent_indent=ind))
    except ValueError as e:
        print(max_lines, repr(ind), type(e).__name__, e)
for ind in ["     ", "      "]:
    try:
        print(repr(ind), textwrap.wrap(text, 10, max_lines=1, placeholder=" [...]", initial_indent=ind))
    except ValueError as e:
        print(repr(ind), type(e).__name__, e)
print(textwrap.wrap(text, 10, max_lines=1, placeholder=" [...]", initial_indent="    "))
print(textwrap.wrap("supercalifragilistic word", 10, max_lines=1))
print(textwrap.wrap("supercalifragilistic word", 10, max_lines=2))
try:
    print(textwrap.wrap("a b", 10, max_lines=0))
except ValueError as e:
    print(type(e).__name__, e)
