# Module-level functions: keyword names, argument counts and defaults.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("match kw", lambda: re.match(pattern="a", string="abc"))
show("search kw", lambda: re.search(pattern="b", string="abc", flags=re.I))
show("fullmatch kw", lambda: re.fullmatch(string="ab", pattern="a."))
show("findall kw", lambda: re.findall(pattern=r"\d", string="a1b2", flags=0))
show("finditer kw", lambda: [m.group() for m in re.finditer(pattern="x", string="xax")])
show("split kw", lambda: re.split(pattern=",", string="a,b,c", maxsplit=1, flags=0))
show("sub kw", lambda: re.sub(pattern="a", repl="b", string="aa", count=1, flags=0))
show("subn kw", lambda: re.subn(pattern="a", repl="b", string="aa"))
show("compile kw", lambda: re.compile(pattern="x", flags=re.I))
show("escape kw", lambda: re.escape(pattern="a.b"))
show("match missing", lambda: re.match("a"))
show("match extra", lambda: re.match("a", "a", 0, 0))
show("bad kw", lambda: re.search("a", "a", flag=re.I))
show("method kw string", lambda: re.compile("a").search(string="ba"))
show("method bad kw", lambda: re.compile("a").search(text="ba"))
show("method missing", lambda: re.compile("a").match())
show("method extra", lambda: re.compile("a").match("a", 0, 1, 2))
show("sub method kw", lambda: re.compile("a").sub(repl="b", string="aa", count=1))
show("split method kw", lambda: re.compile(",").split(string="a,b", maxsplit=1))
show("findall method kw", lambda: re.compile("a").findall(string="aaa", pos=1, endpos=2))
show("purge args", lambda: re.purge(1))
show("all", lambda: sorted(re.__all__))
