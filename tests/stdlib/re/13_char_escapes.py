# Character escapes in patterns: \n \t \x \u \U \N{...}, octal, and escaped punctuation.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("newline", lambda: re.findall(r"\n", "a\nb\n"))
show("tab", lambda: re.split(r"\t", "a\tb"))
show("others", lambda: re.findall(r"[\a\f\v\r]", "\a\f\v\r x"))
show("x41", lambda: re.match(r"\x41\x62", "Ab"))
show("u00e9", lambda: re.match(r"caf\u00e9", "café"))
show("U emoji", lambda: re.match(r"\U0001F600+", "\U0001F600\U0001F600!"))
show("N name", lambda: re.search(r"\N{EM DASH}", "a\u2014b"))
show("N lower", lambda: re.search(r"\N{em dash}", "a\u2014b"))
show("N in class", lambda: re.findall(r"[\N{LATIN SMALL LETTER A}-c]", "abcd"))
show("octal 0", lambda: re.match(r"\0", "\0"))
show("octal 012", lambda: re.match(r"\012", "\n"))
show("octal 101", lambda: re.match(r"\101", "A"))
show("octal 0141", lambda: re.match(r"\0141", "a1"))
show("octal in class", lambda: re.findall(r"[\101-\103]", "ABCD"))
show("octal class 1", lambda: re.findall(r"[\1]", "\x01a"))
show("octal too big", lambda: re.compile(r"\777"))
show("dot", lambda: re.findall(r"\.", "a.b.c"))
show("brackets", lambda: re.findall(r"\[\]\(\)\{\}", "x[](){}y"))
show("specials", lambda: re.findall(r"\^\$\*\+\?\|\\", "^$*+?|\\"))
show("escaped space", lambda: re.match(r"\ ", " "))
show("escaped dash", lambda: re.match(r"\-\&\~\#", "-&~#"))
show("escaped quote", lambda: re.match(r"\"\'", "\"'"))
show("pattern newline", lambda: re.match("a\nb", "a\nb"))
show("b outside class", lambda: re.match(r"\b", "\b"))
show("b in class", lambda: re.match(r"[\b]", "\b"))
