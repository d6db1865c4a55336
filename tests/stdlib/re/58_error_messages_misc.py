# Assorted exact error messages, and that errors are raised at compile time.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def _catch(fn):
    try:
        fn()
    except Exception as e:
        return e


show("nothing to repeat", lambda: re.compile("a|?"))
show("multiple repeat", lambda: re.compile("a*{2}"))
show("bad range", lambda: re.compile("[c-a]"))
show("unterminated set", lambda: re.compile("[abc"))
show("unknown group name", lambda: re.compile("(?P=who)"))
show("invalid group reference", lambda: re.compile(r"(a)\3"))
show("variable lookbehind", lambda: re.compile("(?<=ab*)c"))
show("min > max", lambda: re.compile("a{3,2}"))
show("bad escape", lambda: re.compile(r"\j"))
show("open group ref", lambda: re.compile(r"(a\1)"))
show("group redefinition", lambda: re.compile(r"(?P<x>.)(?P<x>.)"))
show("global flags", lambda: re.compile(r"x(?s)"))
show("error from search", lambda: re.search("(", "x"))
show("error from sub", lambda: re.sub("[", "", "x"))
show("error from split", lambda: re.split(")", "x"))
show("error from findall", lambda: re.findall("*", "x"))
show("error from fullmatch", lambda: re.fullmatch(r"\p", "x"))
show("error from escape ok", lambda: re.compile(re.escape("(*)")).pattern)
show("error isinstance", lambda: isinstance(_catch(lambda: re.compile("(")), re.error))
show("error is Exception", lambda: re.error.__mro__[1].__name__)
show("recursion deep groups", lambda: re.compile("(" * 90 + ")" * 90).groups)
show("many alternatives", lambda: re.compile("|".join(str(i) for i in range(500))).fullmatch("499"))
