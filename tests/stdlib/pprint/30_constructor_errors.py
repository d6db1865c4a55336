# PrettyPrinter and pformat argument checking.
import pprint


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("indent -1", lambda: pprint.PrettyPrinter(indent=-1))
show("depth 0", lambda: pprint.PrettyPrinter(depth=0))
show("depth -1", lambda: pprint.PrettyPrinter(depth=-1))
show("width 0", lambda: pprint.PrettyPrinter(width=0))
show("width 0.5", lambda: pprint.PrettyPrinter(width=0.5))
show("indent str", lambda: pprint.PrettyPrinter(indent="x"))
show("width None", lambda: pprint.PrettyPrinter(width=None))
show("depth str", lambda: pprint.PrettyPrinter(depth="2"))
show("indent before width", lambda: pprint.PrettyPrinter(indent=-1, width=0))
show("compact positional", lambda: pprint.PrettyPrinter(1, 80, None, None, True))
show("unknown kw", lambda: pprint.PrettyPrinter(colour=True))
show("pformat bad indent", lambda: pprint.pformat([1], indent=-2))
show("pformat bad depth", lambda: pprint.pformat([1], depth=0))
show("pformat positional", lambda: pprint.pformat([1, 2], 1, 3, None))
show("pformat compact positional", lambda: pprint.pformat([1], 1, 80, None, True))
show("pprint bad width", lambda: pprint.pprint([1], width=0))
show("pp bad kw", lambda: pprint.pp([1], sorted=True))
show("pformat no args", lambda: pprint.pformat())
show("saferepr 2 args", lambda: pprint.saferepr(1, 2))
show("depth float", lambda: pprint.pformat([[1]], depth=1.5))
show("compact truthy", lambda: pprint.pformat(list(range(30)), compact="yes", width=30))
show("width bool", lambda: pprint.pformat([1, 2], width=True))
