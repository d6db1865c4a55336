import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
print(type(w).__name__)
print(repr(w.writerow(["a", "b", "c"])))
print(repr(w.writerow(["has,comma", 'has"quote', "has\nnewline"])))
print(repr(w.writerow([])))
print(repr(w.writerow([""])))
print(repr(w.writerow(["", ""])))
print(repr(w.writerow(["  spaced  ", "tab\there"])))
print(repr(w.writerow(("tuple", "row"))))
print(repr(w.writerow("xyz")))
print(repr(buf.getvalue()))

# round trip
rows = [["1", "two, three", 'quote "x"'], ["", "multi\nline", "end"]]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
print(repr(buf.getvalue()))
back = list(csv.reader(io.StringIO(buf.getvalue())))
print(back == rows, back)

# writerows returns None
buf = io.StringIO()
print(csv.writer(buf).writerows([["a"], ["b"]]))
print(repr(buf.getvalue()))

# a field that is a single space / starts with quote
buf = io.StringIO()
csv.writer(buf).writerow([" ", '"', "a\rb"])
print(repr(buf.getvalue()))
