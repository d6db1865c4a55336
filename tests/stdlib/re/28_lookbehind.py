# Lookbehind assertions (?<=...) and (?<!...): fixed width only.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def _err(pat):
    try:
        re.compile(pat)
    except re.error as e:
        return e


show("positive", lambda: re.findall(r"(?<=\$)\d+", "cost $42 or 17 or $5"))
show("negative", lambda: re.findall(r"\b(?<!\$)\d+", "cost $42 or 17 or $5"))
show("at start", lambda: re.match(r"(?<=a)b", "ab"))
show("search", lambda: re.search(r"(?<=a)b", "ab"))
show("pos", lambda: re.compile(r"(?<=a)b").match("ab", 1))
show("pos2", lambda: re.compile(r"(?<=a)b").search("ab", 1))
show("alternation same width", lambda: re.findall(r"(?<=ab|cd)x", "abx cdx efx"))
show("group", lambda: re.search(r"(?<=(a))b", "ab").groups())
show("class", lambda: re.findall(r"(?<=[aeiou])\w", "abecid"))
show("fixed repeat", lambda: re.findall(r"(?<=a{2})b", "ab aab"))
show("variable +", lambda: re.compile(r"(?<=a+)b"))
show("variable *", lambda: re.compile(r"(?<=a*)b"))
show("variable ?", lambda: re.compile(r"(?<!a?)b"))
show("variable alt", lambda: re.compile(r"(?<=a|bc)d"))
show("variable range", lambda: re.compile(r"(?<=a{1,2})b"))
show("error type", lambda: type(_err(r"(?<=a+)b")).__name__)
show("error attrs", lambda: (lambda e: (e.msg, e.pos, e.lineno, e.colno))(_err(r"(?<=a+)b")))
show("unterminated", lambda: re.compile(r"(?<=a"))
show("bad", lambda: re.compile(r"(?<a)"))
show("neg at start", lambda: re.findall(r"(?<!\w)\w", "ab cd"))
show("lookbehind with lookahead", lambda: re.findall(r"(?<=<)\w+(?=>)", "<a> <bc> <d"))
show("nested lookbehind", lambda: re.search(r"(?<=(?<!x)a)b", "xab ab").span())
