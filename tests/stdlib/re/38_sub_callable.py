# sub with a callable replacement: receives the Match, must return a str.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("double", lambda: re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
show("upper", lambda: re.sub(r"\b\w", lambda m: m.group().upper(), "the quick brown fox"))
seen = []
def record(m):
    seen.append((m.start(), m.group()))
    return "<%s>" % m.group()
show("record", lambda: re.sub(r"[aeiou]", record, "banana"))
show("seen", lambda: seen)
show("count", lambda: re.subn(r"\w", lambda m: m.group() * 2, "abc", count=2))
show("returns None", lambda: re.sub(r"a", lambda m: None, "aba"))
show("returns int", lambda: re.sub(r"a", lambda m: 1, "aba"))
show("returns bytes", lambda: re.sub(r"a", lambda m: b"x", "aba"))
show("backslashes literal", lambda: re.sub(r"a", lambda m: r"\1\n", "a"))
def boom(m):
    raise KeyError(m.group())
show("raises", lambda: re.sub(r"a", boom, "xa"))
show("groups", lambda: re.sub(r"(\w+)=(\w+)", lambda m: f"{m[2]}={m[1]}", "a=1 b=2"))
show("empty matches", lambda: re.sub(r"x*", lambda m: "[%d]" % m.start(), "ab"))
class Repl:
    def __call__(self, m):
        return m.group().swapcase()
show("callable obj", lambda: re.sub(r"[a-z]+", Repl(), "abc DEF ghi"))
show("format method", lambda: re.sub(r"\w+", "{}".format, "ab"))
show("bytes callable", lambda: re.sub(rb"\d", lambda m: m.group() * 3, b"a1b2"))
show("bytes callable str", lambda: re.sub(rb"\d", lambda m: "x", b"a1"))
