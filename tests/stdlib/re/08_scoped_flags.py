# Scoped inline flags: (?i:...), (?-i:...), (?s-i:...) and their errors.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("on", lambda: re.findall("(?i:a)b", "ab Ab aB AB"))
show("off", lambda: re.findall("(?-i:a)b", "ab Ab aB AB", re.I))
show("on+off", lambda: re.findall("(?s-i:a.)b", "a\nb A\nB a\nB", re.I))
show("m scoped", lambda: re.findall("(?m:^x)", "x\nx"))
show("s scoped", lambda: re.findall("(?s:.)", "a\n"))
show("x scoped", lambda: re.match("(?x: a b )c", "abc"))
show("nested", lambda: re.findall("(?i:a(?-i:b)c)", "abc ABC aBc AbC"))
show("a scoped", lambda: re.findall(r"(?a:\w)\w", "éé aé"))
show("u off", lambda: re.compile("(?-u:a)"))
show("a off", lambda: re.compile("(?-a:a)"))
show("on and off same", lambda: re.compile("(?i-i:a)"))
show("missing colon", lambda: re.compile("(?-i)a"))
show("missing flag", lambda: re.compile("(?-:a)"))
show("unterminated", lambda: re.compile("(?i:a"))
show("bad char", lambda: re.compile("(?i!:a)"))
show("L scoped str", lambda: re.compile("(?L:a)"))
show("flags unchanged", lambda: re.compile("(?i:a)b").flags)
show("groups", lambda: re.compile("(?i:(a))(b)").groups)
show("span", lambda: re.search("(?i:B+)", "abBbc").span())
# a scoped flag can appear anywhere
show("late scoped", lambda: re.findall("x(?i:y)z", "xYz xyZ"))
