# Wrong argument types passed to patterns, matches and module functions.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

p = re.compile(r"\w+")
show("match int", lambda: p.match(123))
show("search float", lambda: p.search(1.5))
show("findall None", lambda: p.findall(None))
show("split dict", lambda: p.split({}))
show("sub int string", lambda: p.sub("x", 3))
show("sub tuple repl", lambda: p.sub(("x",), "ab"))
show("subn list string", lambda: p.subn("x", ["a"]))
show("finditer int", lambda: p.finditer(5))
show("fullmatch object", lambda: p.fullmatch(object()))
show("escape None", lambda: re.escape(None))
show("escape list", lambda: re.escape(["a"]))
show("compile float", lambda: re.compile(1.5))
show("compile bytearray", lambda: re.compile(bytearray(b"a")))
show("split maxsplit str", lambda: re.split("a", "bab", "1"))
show("sub count float", lambda: re.sub("a", "b", "aa", 1.0))
show("group list", lambda: re.match("(a)", "a").group([1]))
show("start str", lambda: re.match("(a)", "a").start("x"))
show("expand None", lambda: re.match("(a)", "a").expand(None))
show("str subclass pattern", lambda: re.compile(type("P", (str,), {})("a+")).pattern)
show("str subclass pattern type", lambda: type(re.compile(type("P", (str,), {})("a+")).pattern).__name__)
