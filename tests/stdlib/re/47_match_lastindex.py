# Match.lastindex and Match.lastgroup: the last group that closed.
import re

def li(p, s):
    m = re.match(p, s)
    print(repr(p), repr(s), m and (m.lastindex, m.lastgroup))

li(r"(a)b", "ab")
li(r"(a)(b)", "ab")
li(r"((a)(b))", "ab")
li(r"(a)(b)?", "a")
li(r"(a)|(b)", "b")
li(r"(a)|(b)", "a")
li(r"ab", "ab")
li(r"(?P<x>a)(?P<y>b)", "ab")
li(r"(?P<x>a(?P<y>b))", "ab")
li(r"(?P<x>a)(b)", "ab")
li(r"(a)(?P<y>b)", "ab")
li(r"((?P<in>a)b)", "ab")
li(r"(a)(?=(b))", "ab")
li(r"(?:(a)|b)*", "ab")
li(r"(a)*", "")
li(r"(?:(a)|(b))+", "aba")
li(r"(a)(b)(c)?", "ab")
li(r"(?P<n>a)?b", "b")
