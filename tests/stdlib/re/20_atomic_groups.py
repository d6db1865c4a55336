# Atomic groups (?>...) (new in 3.11): once matched, no backtracking into them.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except re.error as e:
        print(label, "-> re.error:", e)

show("plain", lambda: re.match(r"(?:a|ab)c", "abc"))
show("atomic", lambda: re.match(r"(?>a|ab)c", "abc"))
show("atomic ok", lambda: re.match(r"(?>ab|a)c", "abc"))
show("greedy inside", lambda: re.match(r"(?>a*)a", "aaa"))
show("greedy inside ok", lambda: re.match(r"(?>a*)b", "aaab"))
show("groups inside", lambda: re.match(r"(?>(a+))(b)", "aab").groups())
show("groups count", lambda: re.compile(r"(?>(a)(b))").groups)
show("search retries", lambda: re.search(r"(?>x+)y", "xxzxy"))
show("nested", lambda: re.match(r"(?>(?>a+)b)+c", "abaabc"))
show("repeated", lambda: re.findall(r"(?>\d+),", "12,345,6"))
show("lookahead inside", lambda: re.match(r"(?>(?=a)\w+)", "abc"))
show("empty", lambda: re.match(r"(?>)", "a"))
show("unterminated", lambda: re.compile(r"(?>a"))
show("quantified", lambda: re.match(r"(?>ab)*", "ababa"))
show("with alternation", lambda: re.fullmatch(r"(?>\d+|\w+)!", "abc!"))
