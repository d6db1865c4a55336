# Possessive quantifiers (new in 3.11): *+ ++ ?+ {m,n}+ never give back what they matched.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except re.error as e:
        print(label, "-> re.error:", e)

show("a*+a", lambda: re.match(r"a*+a", "aaa"))
show("a*a", lambda: re.match(r"a*a", "aaa"))
show("a++b", lambda: re.match(r"a++b", "aaab"))
show("a++a", lambda: re.match(r"a++a", "aaa"))
show("a?+a", lambda: re.match(r"a?+a", "a"))
show("a?+a 2", lambda: re.match(r"a?+a", "aa"))
show("a{1,2}+a", lambda: re.match(r"a{1,2}+a", "aa"))
show("a{1,2}+a 3", lambda: re.match(r"a{1,2}+a", "aaa"))
show("a{2}+", lambda: re.match(r"a{2}+", "aaa"))
show(".*+", lambda: re.match(r".*+x", "abcx"))
show('"[^"]*+"', lambda: re.findall(r'"[^"]*+"', 'say "hi" and "bye"'))
show("groups", lambda: re.match(r"(ab)++", "ababab").groups())
show("x*+ findall", lambda: re.findall(r"x*+", "axxb"))
show("\\d++\\.", lambda: re.search(r"\d++\.", "12 34.5"))
show("fullmatch", lambda: re.fullmatch(r"\w++", "abc"))
show("lazy then +", lambda: re.compile(r"a*?+"))
show("+++", lambda: re.compile(r"a+++"))
show("{2}++", lambda: re.compile(r"a{2}++"))
show("(?:)*+", lambda: re.match(r"(?:)*+", "x"))
show("repr", lambda: re.compile(r"a++"))
