# re.error: attributes msg, pattern, pos, lineno, colno, and its str.
import re

def err(pattern, flags=0):
    try:
        re.compile(pattern, flags)
    except re.error as e:
        return e

e = err("ab(cd")
print(type(e).__name__, type(e).__module__, issubclass(re.error, Exception))
print(str(e))
print(repr(e.msg), repr(e.pattern), e.pos, e.lineno, e.colno)
print(e.args)
e = err("line one\nline (two")
print(str(e))
print(e.pos, e.lineno, e.colno)
e = err("a\nb\nc)")
print(str(e), "|", e.pos, e.lineno, e.colno)
e = err("abc\n  [z-a]", re.X)
print(str(e), "|", e.pos, e.lineno, e.colno)
e = err(b"a(")
print(str(e), "|", repr(e.pattern), e.pos, e.lineno, e.colno)
e = err(b"x\n\\q")
print(str(e), "|", e.pos, e.lineno, e.colno)
e = err("(?<=a+)")
print(str(e), "|", e.pattern, e.pos, e.lineno, e.colno)
e = re.error("custom")
print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("custom", "pat", 2)
print(str(e), "|", e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("custom", "p\nat", 3)
print(str(e), "|", e.pos, e.lineno, e.colno)
try:
    re.sub("(a)", r"\g<2>", "a")
except re.error as e:
    print(str(e), "|", repr(e.pattern), e.pos, e.lineno, e.colno)
print(re.error.__name__, re.error.__qualname__)
try:
    raise re.error("boom")
except Exception as e:
    print(type(e).__name__, e)
