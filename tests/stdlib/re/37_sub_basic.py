# sub: replacing every match, count, flags, no match returns an equal string.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("basic", lambda: re.sub(r"\s+", " ", "a  b \t\n c"))
show("count", lambda: re.sub(r"a", "A", "aaaa", count=2))
show("count positional", lambda: re.sub(r"a", "A", "aaaa", 1))
show("count 0 = all", lambda: re.sub(r"a", "A", "aaaa", 0))
show("count neg", lambda: re.sub(r"a", "A", "aaaa", -1))
show("flags kw", lambda: re.sub(r"a", "-", "aAa", flags=re.I))
show("no match", lambda: re.sub(r"z", "-", "abc"))
show("delete", lambda: re.sub(r"[aeiou]", "", "education"))
show("group swap", lambda: re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
show("date format", lambda: re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", "on 2024-03-15."))
show("pattern method", lambda: re.compile(r"\d").sub("#", "a1b2"))
show("pattern count kw", lambda: re.compile(r"\d").sub("#", "a1b2", count=1))
show("strip", lambda: re.sub(r"^\s+|\s+$", "", "  padded  "))
show("camel to snake", lambda: re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseString").lower())
show("snake to camel", lambda: re.sub(r"_(\w)", lambda m: m.group(1).upper(), "snake_case_here"))
show("collapse dup", lambda: re.sub(r"(\w)\1+", r"\1", "bookkeeper"))
show("repl not str", lambda: re.sub(r"a", 1, "abc"))
show("string not str", lambda: re.sub(r"a", "b", 5))
show("repl None", lambda: re.sub(r"a", None, "abc"))
show("count str", lambda: re.sub(r"a", "b", "abc", "1"))
show("unicode", lambda: re.sub(r"é", "e", "résumé"))
show("long text", lambda: len(re.sub(r"a", "bb", "a" * 1000)))
