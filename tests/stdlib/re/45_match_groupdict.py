# Match.groupdict with and without a default.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

m = re.match(r"(?P<key>\w+)(?:=(?P<value>\w+))?(?P<rest>.*)", "flag")
show("groupdict", lambda: m.groupdict())
show("default", lambda: m.groupdict(""))
show("default kw", lambda: m.groupdict(default="N/A"))
show("order", lambda: list(re.match(r"(?P<z>a)(?P<a>b)(?P<m>c)", "abc").groupdict()))
show("no names", lambda: re.match(r"(a)", "a").groupdict())
show("unnamed excluded", lambda: re.match(r"(a)(?P<n>b)", "ab").groupdict())
show("type", lambda: type(m.groupdict()).__name__)
show("fresh dict", lambda: m.groupdict() is m.groupdict())
show("bad kw", lambda: m.groupdict(x=1))
show("too many", lambda: m.groupdict(1, 2))
show("bytes", lambda: re.match(rb"(?P<n>\d+)(?P<u>[a-z]+)?", b"42").groupdict(b"-"))
