# Match.group with no, one or several arguments; errors for bad group references.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

m = re.match(r"(\w+) (\w+)(?: (\w+))?", "Isaac Newton")
show("group()", lambda: m.group())
show("group(0)", lambda: m.group(0))
show("group(1)", lambda: m.group(1))
show("group(1, 2)", lambda: m.group(1, 2))
show("group(3)", lambda: m.group(3))
show("group(0, 3)", lambda: m.group(0, 3))
show("group(4)", lambda: m.group(4))
show("group(-1)", lambda: m.group(-1))
show("group('1')", lambda: m.group("1"))
show("group(1.0)", lambda: m.group(1.0))
show("group(True)", lambda: m.group(True))
show("group(None)", lambda: m.group(None))
class Idx:
    def __index__(self):
        return 2
show("group(Idx)", lambda: m.group(Idx()))
show("group(2**100)", lambda: m.group(2 ** 100))
show("groups()", lambda: m.groups())
show("groups('-')", lambda: m.groups("-"))
show("groups(default=0)", lambda: m.groups(default=0))
show("groups kw bad", lambda: m.groups(x=0))
show("group kw", lambda: m.group(group=1))
