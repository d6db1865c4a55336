import csv
import io

def attrs(d):
    return (repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.doublequote,
            d.skipinitialspace, repr(d.lineterminator), d.quoting, getattr(d, "strict", "no strict"))

for name in ["excel", "excel-tab", "unix"]:
    print(name, attrs(csv.get_dialect(name)))

print(attrs(csv.excel), attrs(csv.excel_tab), attrs(csv.unix_dialect))
print(csv.excel.__name__, csv.excel_tab.__name__, csv.unix_dialect.__name__)
print(issubclass(csv.excel_tab, csv.excel), issubclass(csv.excel, csv.Dialect))
print(csv.excel_tab.delimiter, repr(csv.excel.lineterminator))

row = ["a b", "c\td", 'e"f', 1]
for d in ["excel", "excel-tab", "unix", csv.excel, csv.unix_dialect]:
    buf = io.StringIO()
    csv.writer(buf, dialect=d).writerow(row)
    print(d if isinstance(d, str) else d.__name__, repr(buf.getvalue()))

print(list(csv.reader(["a\tb\t\"c\td\""], dialect="excel-tab")))
print(list(csv.reader(['"a","b"'], "unix")))

# reader.dialect / writer.dialect
print(attrs(csv.reader([]).dialect))
print(attrs(csv.reader([], "excel-tab", escapechar="\\", strict=True, doublequote=0).dialect))
print(attrs(csv.writer(io.StringIO(), "unix", skipinitialspace="yes").dialect))
print(type(csv.reader([]).dialect).__name__)

# dialect object from get_dialect
d = csv.get_dialect("excel")
print(type(d).__name__)
try:
    d.delimiter = ";"
except AttributeError as e:
    print(type(e).__name__, e)

# override a dialect parameter via keyword
buf = io.StringIO()
csv.writer(buf, "excel", delimiter=";").writerow([1, 2])
print(repr(buf.getvalue()))

# unknown dialect
for name in ["nope", None, 42]:
    try:
        csv.writer(io.StringIO(), dialect=name)
        print(repr(name), "ok")
    except Exception as e:
        print(repr(name), type(e).__name__, e)
