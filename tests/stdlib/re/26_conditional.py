# Conditional groups (?(id/name)yes|no).
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

paren = re.compile(r"(\()?\d+(?(1)\))$")
for s in ["(12)", "12", "(12", "12)"]:
    show(s, lambda: paren.match(s))
email = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    show(s, lambda: email.match(s))
show("named", lambda: re.findall(r"(?P<q>')?\w+(?(q)')", "'a' b 'c"))
show("no else", lambda: re.match(r"(a)?(?(1)b)c", "c"))
show("no else 2", lambda: re.match(r"(a)?(?(1)b)c", "abc"))
show("empty yes", lambda: re.match(r"(a)?(?(1)|b)", "b"))
show("three branches", lambda: re.compile(r"(a)(?(1)a|b|c)"))
show("unknown group", lambda: re.compile(r"(?(2)a|b)"))
show("group 0", lambda: re.compile(r"(?(0)a|b)"))
show("unknown name", lambda: re.compile(r"(?(nope)a|b)"))
show("bad name", lambda: re.compile(r"(?(1a)a|b)"))
show("unterminated", lambda: re.compile(r"(a)(?(1"))
show("missing body )", lambda: re.compile(r"(a)(?(1)a"))
show("forward ref", lambda: re.compile(r"(?(1)a|b)(c)").match("bc"))
show("groups", lambda: re.compile(r"(a)?(?(1)(b)|(c))").groups)
show("groups match", lambda: re.match(r"(a)?(?(1)(b)|(c))", "c").groups())
show("lookahead cond", lambda: re.compile(r"(?(?=a)a|b)"))
show("in lookbehind", lambda: re.search(r"(a)?(?<=(?(1)a|b))c", "bc"))
