# Lookahead assertions (?=...) and (?!...).
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("positive", lambda: re.findall(r"\w+(?=:)", "key: value, other:x"))
show("negative", lambda: re.findall(r"\b\w+\b(?!:)", "key: value other:x"))
show("password", lambda: [bool(re.match(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{6,}$", p))
                          for p in ["abcDE1", "abcdef", "ABC123", "aB1"]])
show("thousands", lambda: re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
show("thousands2", lambda: re.sub(r"\B(?=(\d{3})+(?!\d))", ",", "x 1234567 89"))
show("zero width", lambda: re.search(r"(?=b)", "abc").span())
show("groups inside", lambda: re.match(r"(?=(\w+))\w", "abc").groups())
show("groups inside span", lambda: re.match(r"(?=(\w+))\w", "abc").span(1))
show("not at end", lambda: re.findall(r"a(?!$)", "aaa"))
show("nested", lambda: re.findall(r"a(?=b(?!c))", "ab abc abd"))
show("overlapping", lambda: re.findall(r"(?=(aa))", "aaaa"))
show("lookahead repeat", lambda: re.match(r"(?=a)*a", "a"))
show("empty", lambda: re.match(r"(?=)", "x"))
show("neg empty", lambda: re.match(r"(?!)", "x"))
show("unterminated", lambda: re.compile(r"(?=a"))
show("no backtrack into", lambda: re.match(r"(?=(a+))a*b\1", "baaabac"))
show("search version", lambda: re.search(r"(?=(a+))a*b\1", "baaabac"))
show("split", lambda: re.split(r"(?=[A-Z])", "splitCamelCaseWords"))
