# The {m,n} forms, and '{' taken literally when it does not form a quantifier.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

s = "aaaaa"
for q in ["{3}", "{2,}", "{,2}", "{2,4}", "{0}", "{0,0}", "{,}", "{1,1}", "{2,4}?", "{,2}?", "{0,}?"]:
    show("a" + q, lambda: re.match("a" + q, s))
show("literal a{", lambda: re.findall(r"a{", "a{b"))
show("literal a{x}", lambda: re.findall(r"a{x}", "a{x}"))
show("literal a{1,x}", lambda: re.findall(r"a{1,x}", "a{1,x}"))
show("literal a{1", lambda: re.findall(r"a{1", "a{1"))
show("literal {", lambda: re.findall(r"{", "{}"))
show("literal }", lambda: re.findall(r"}", "{}"))
show("literal a{ 1}", lambda: re.findall(r"a{ 1}", "a{ 1}"))
show("literal x{-1}", lambda: re.findall(r"x{-1}", "x{-1}"))
show("{1} at start", lambda: re.compile(r"{1}"))
show("a{,} means a*", lambda: re.findall(r"a{,}", "a{,}aa"))
show("x{2,1}", lambda: re.compile(r"x{2,1}"))
show("huge", lambda: re.compile(r"x{4294967296}"))
show("big ok", lambda: re.match(r"x{0,1000}", "xxx"))
show("{2}{3}", lambda: re.compile(r"a{2}{3}"))
show("(?:a{2}){3}", lambda: re.match(r"(?:a{2}){3}", "a" * 7))
show("\\d{3}-\\d{4}", lambda: re.findall(r"\d{3}-\d{4}", "555-1234 55-123 5555-12345"))
show("group {2}", lambda: re.match(r"(\w){2}", "abc").groups())
show("escaped \\{", lambda: re.match(r"a\{2\}", "a{2}"))
