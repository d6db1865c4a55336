import csv
import io

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(type(csv.QUOTE_ALL).__name__)

row = ["text", 1, 2.5, "", None, "a,b", True]
for name in ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC"]:
    buf = io.StringIO()
    csv.writer(buf, quoting=getattr(csv, name)).writerow(row)
    print(name, repr(buf.getvalue()))

# QUOTE_NONE with no escapechar and a field needing it
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE)
w.writerow(["plain", 1, None])
print(repr(buf.getvalue()))
try:
    w.writerow(["a,b"])
except csv.Error as e:
    print(type(e).__name__, e)

# reading with QUOTE_ALL is same as minimal
print(list(csv.reader(['"a",b,"c"'], quoting=csv.QUOTE_ALL)))

# reading with QUOTE_NONE keeps quotes
print(list(csv.reader(['"a",b,"c,d"'], quoting=csv.QUOTE_NONE)))

# invalid quoting values
for q in [4, -1, "all", 3.0]:
    try:
        csv.writer(io.StringIO(), quoting=q)
        print(q, "ok")
    except Exception as e:
        print(repr(q), type(e).__name__, e)
