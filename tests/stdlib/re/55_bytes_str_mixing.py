# Mixing str and bytes between pattern, subject and replacement raises TypeError.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("str pattern, bytes subject", lambda: re.match(r"a", b"a"))
show("bytes pattern, str subject", lambda: re.match(rb"a", "a"))
show("search", lambda: re.search(rb"a", "xa"))
show("findall", lambda: re.findall(r"a", b"a"))
show("split", lambda: re.split(rb",", "a,b"))
show("sub bytes repl on str", lambda: re.sub(r"a", b"x", "a"))
show("sub str repl on bytes", lambda: re.sub(rb"a", "x", b"a"))
show("sub str subject bytes pattern", lambda: re.sub(rb"a", b"x", "a"))
show("escape mix", lambda: re.compile(re.escape("a") + "b"))
show("compile int", lambda: re.compile(5))
show("compile None", lambda: re.compile(None))
show("compile list", lambda: re.compile(["a"]))
show("subject int", lambda: re.match(r"a", 5))
show("subject None", lambda: re.search(r"a", None))
show("subject list", lambda: re.findall(r"a", ["a"]))
show("pattern method subject", lambda: re.compile(r"a").match(b"a"))
show("bytes method subject", lambda: re.compile(rb"a").fullmatch("a"))
show("finditer", lambda: list(re.finditer(r"a", b"a")))
show("str subclass", lambda: type(re.match(r"\w+", type("S", (str,), {})("ab")).group()).__name__)
show("bytes subclass", lambda: type(re.match(rb"\w+", type("B", (bytes,), {})(b"ab")).group()).__name__)
