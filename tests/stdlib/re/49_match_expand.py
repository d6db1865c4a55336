# Match.expand: template substitution on one match.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

m = re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)(?::(?P<port>\d+))?", "alice@example.com")
show("numbers", lambda: m.expand(r"\2 / \1"))
show("names", lambda: m.expand(r"\g<host> \g<user>"))
show("whole", lambda: m.expand(r"<\g<0>>"))
show("unmatched", lambda: m.expand(r"port=[\g<port>] [\3]"))
show("escapes", lambda: m.expand(r"\1\t\2\n"))
show("literal", lambda: m.expand("no refs"))
show("empty", lambda: m.expand(""))
show("bad group", lambda: m.expand(r"\4"))
show("bad name", lambda: m.expand(r"\g<nope>"))
show("bad escape", lambda: m.expand(r"\q"))
show("not str", lambda: m.expand(5))
show("bytes template on str", lambda: m.expand(b"\\1"))
mb = re.match(rb"(\w+)-(\w+)", b"ab-cd")
show("bytes", lambda: mb.expand(rb"\2-\1"))
show("str template on bytes", lambda: mb.expand(r"\2"))
