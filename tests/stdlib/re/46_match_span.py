# start/end/span per group, -1 for a group that did not take part.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

m = re.search(r"(\d+)(x)?(?P<u>[a-z]+)", "ab 12cd!")
show("span()", lambda: m.span())
show("start/end", lambda: (m.start(), m.end()))
show("span(1)", lambda: m.span(1))
show("span(2)", lambda: m.span(2))
show("start(2)", lambda: m.start(2))
show("end(2)", lambda: m.end(2))
show("span('u')", lambda: m.span("u"))
show("start('u')", lambda: m.start("u"))
show("span(4)", lambda: m.span(4))
show("start('zz')", lambda: m.start("zz"))
show("end(-1)", lambda: m.end(-1))
show("slice", lambda: m.string[m.start(1):m.end(1)])
show("empty group", lambda: re.search(r"a()b", "xab").span(1))
show("lookahead group", lambda: re.search(r"a(?=(b))", "ab").span(1))
show("repeated group", lambda: re.match(r"(?:(\w)-)+", "a-b-c-").span(1))
show("regs", lambda: m.regs)
