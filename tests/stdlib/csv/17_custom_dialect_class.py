import csv
import io

class Pipe(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

buf = io.StringIO()
w = csv.writer(buf, dialect=Pipe)
w.writerows([["a", "b|c"], ["it's", 3]])
print(repr(buf.getvalue()))
buf.seek(0)
print(list(csv.reader(buf, Pipe)))

p = Pipe()  # instance of the dialect
print(p.delimiter, repr(p.lineterminator), getattr(p, "strict", "no strict"), p.escapechar)

# subclass of a builtin dialect
class Semi(csv.excel):
    delimiter = ";"

buf = io.StringIO()
csv.writer(buf, Semi).writerow(["1;2", "3"])
print(repr(buf.getvalue()))

csv.register_dialect("semi2", Semi)
print(repr(csv.get_dialect("semi2").delimiter))
csv.unregister_dialect("semi2")

class Incomplete(csv.Dialect):
    delimiter = ","

class BadDelim(csv.excel):
    delimiter = "::"

for cls in (Incomplete, BadDelim):
    try:
        cls()
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)

class Plain:  # not a Dialect subclass, only attributes
    delimiter = "#"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

buf = io.StringIO()
csv.writer(buf, Plain).writerow(["x", "y#z"])
print(repr(buf.getvalue()))

try:
    csv.Dialect()  # the base class itself is incomplete
except Exception as e:
    print(type(e).__name__, e)
