import csv
import io

for term in ["\r\n", "\n", "|", "END\n", "\r"]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=term)
    w.writerow(["a", "b"])
    w.writerow(["c d", "e\nf"])
    print(repr(term), repr(buf.getvalue()))

# a field containing the custom lineterminator character
buf = io.StringIO()
csv.writer(buf, lineterminator="|").writerow(["x|y", "z"])
print(repr(buf.getvalue()))

# reader ignores lineterminator: \r, \n, \r\n all end records
print(list(csv.reader(io.StringIO("a,b\rc,d\ne,f\r\ng,h", newline=""), lineterminator="|")))
try:
    print(list(csv.reader(io.StringIO("a,b\rc,d\n"))))
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader(io.StringIO("a,b\rc,d\n", newline=""))))

# invalid lineterminator
for term in [None, 5, ""]:
    try:
        csv.writer(io.StringIO(), lineterminator=term)
        print(repr(term), "ok")
    except Exception as e:
        print(repr(term), type(e).__name__, e)

buf = io.StringIO()
csv.writer(buf, dialect="unix").writerow(["u", "v"])
csv.writer(buf, dialect="unix", lineterminator="~").writerow(["w"])
print(repr(buf.getvalue()))
