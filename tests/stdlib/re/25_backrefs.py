# Numeric backreferences in patterns.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("doubled word", lambda: re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"))
show("repeat char", lambda: re.sub(r"(.)\1+", r"\1", "aaabccdddd"))
show("palindrome3", lambda: re.findall(r"(\w)\w\1", "abacdc"))
show("unmatched ref", lambda: re.match(r"(a)?\1", "b"))
show("unmatched ref2", lambda: re.match(r"(a)?b\1", "b"))
show("empty group ref", lambda: re.match(r"(a*)b\1", "b"))
show("ref to later group", lambda: re.compile(r"\1(a)"))
show("ref to open group", lambda: re.compile(r"(a\1)"))
show("ref too big", lambda: re.compile(r"(a)\2"))
show("ref 10", lambda: re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj"))
show("ref 1 then 0", lambda: re.match(r"(a)\10", "a\x08"))
show("ref 11 -> octal?", lambda: re.compile(r"(a)\11"))
show("octal 3 digits", lambda: re.match(r"(a)\100", "a@"))
show("ref in class", lambda: re.compile(r"(a)[\1]").match("a\x01"))
show("case", lambda: re.match(r"(?i)(ab)\1", "abAB"))
show("nested", lambda: re.match(r"((a)b)\2\1", "abaab"))
show("quantified ref", lambda: re.match(r"(ab)\1{2}", "ababab"))
show("ref in lookahead", lambda: re.match(r"(a)(?=\1)", "aa"))
show("last iteration", lambda: re.match(r"(?:(\w))+\1", "abcc"))
show("bytes", lambda: re.findall(rb"(\d)\1", b"112334"))
