# Replacement templates: \1, \g<n>, \g<name>, \g<0>, and escapes.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

p = r"(?P<first>\w+) (?P<last>\w+)"
s = "John Smith"
show("\\1", lambda: re.sub(p, r"\2, \1", s))
show("\\g<n>", lambda: re.sub(p, r"\g<2>, \g<1>", s))
show("\\g<name>", lambda: re.sub(p, r"\g<last>, \g<first>", s))
show("\\g<0>", lambda: re.sub(p, r"[\g<0>]", s))
show("\\0 is NUL", lambda: re.sub(p, r"[\0]", s))
show("\\g<1>0", lambda: re.sub(r"(a)", r"\g<1>0", "a"))
show("\\10 with 1 group", lambda: re.sub(r"(a)", r"\10", "a"))
show("\\10 with 10 groups", lambda: re.sub(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)", r"\10", "abcdefghij"))
show("octal \\101", lambda: re.sub(r"x", r"\101", "x"))
show("octal \\012", lambda: re.sub(r"x", r"\012", "x"))
show("\\n \\t", lambda: re.sub(r",", r"\n\t", "a,b"))
show("\\\\", lambda: re.sub(r",", r"\\", "a,b"))
show("\\a\\b\\f\\r\\v", lambda: re.sub(r"x", r"\a\b\f\r\v", "x"))
show("unmatched group", lambda: re.sub(r"(a)|b", r"[\1]", "ab"))
show("unmatched named", lambda: re.sub(r"(?P<x>a)|b", r"[\g<x>]", "ab"))
show("\\g<01>", lambda: re.sub(r"(a)", r"\g<01>", "a"))
show("literal %", lambda: re.sub(r"a", "%s{0}", "a"))
show("\\x41 in repl", lambda: re.sub(r"a", r"\x41", "a"))
show("\\u in repl", lambda: re.sub(r"a", r"\u00e9", "a"))
show("\\N in repl", lambda: re.sub(r"a", r"\N{EM DASH}", "a"))
show("expand", lambda: re.match(p, s).expand(r"\g<last>: \1 (\g<0>)"))
show("bytes template", lambda: re.sub(rb"(\d)", rb"<\1\g<1>>", b"a1"))
show("bytes \\g name", lambda: re.sub(rb"(?P<d>\d)", rb"\g<d>\g<d>", b"7"))
