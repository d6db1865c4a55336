# Global inline flags (?aiLmsux) at the start of the pattern.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("i", lambda: re.match("(?i)abc", "ABC"))
show("m", lambda: re.findall("(?m)^x", "x\nx"))
show("s", lambda: re.match("(?s).", "\n"))
show("x", lambda: re.match("(?x) a b", "ab"))
show("a", lambda: re.findall(r"(?a)\w", "éa"))
show("u", lambda: re.findall(r"(?u)\w", "éa"))
show("im", lambda: re.findall("(?im)^a", "A\na"))
show("two groups", lambda: re.findall("(?i)(?m)^a", "A\na"))
show("flags", lambda: re.compile("(?i)a").flags)
show("flags2", lambda: re.compile("(?ims)a").flags)
show("flags3", lambda: re.compile("(?x)a").flags)
show("repr", lambda: re.compile("(?i)a"))
show("repr2", lambda: re.compile("(?s)a", re.M))
# flags can follow a comment or other global flags, but not other items
show("after comment", lambda: re.compile("(?#c)(?i)a").flags)
show("late", lambda: re.compile("a(?i)"))
show("late2", lambda: re.compile("(a)(?i)b"))
show("verbose late", lambda: re.compile("(?x) (?i) a"))
show("unknown", lambda: re.compile("(?q)a"))
show("empty flags", lambda: re.compile("(?)a"))
show("L on str", lambda: re.compile("(?L)a"))
show("a and u", lambda: re.compile("(?au)a"))
show("a and u2", lambda: re.compile("(?a)(?u)a"))
show("u on bytes", lambda: re.compile(b"(?u)a"))
show("L on bytes", lambda: re.compile(b"(?L)a").flags)
show("a on bytes", lambda: re.compile(b"(?a)a").flags)
show("x plus class", lambda: re.findall("(?x)[ a]", "a b"))
