import csv
import io

buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["name", "score", "note"])
print(type(dw).__name__, dw.fieldnames, repr(dw.restval), dw.extrasaction)
print(repr(dw.writeheader()))
print(repr(dw.writerow({"name": "Ann", "score": 9.5, "note": "a,b"})))
print(repr(dw.writerow({"name": "Bob"})))
print(repr(dw.writerow({"note": None, "score": 0, "name": ""})))
dw.writerows([{"name": "C", "score": 1}, {"name": "D", "score": 2}])
print(repr(buf.getvalue()))

# restval
buf = io.StringIO()
dw = csv.DictWriter(buf, ["a", "b", "c"], restval="N/A")
dw.writerow({"b": 2})
dw.writerow({})
print(repr(buf.getvalue()))

# fieldnames order decides column order
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=("z", "a"), lineterminator="\n", quoting=csv.QUOTE_ALL)
dw.writeheader()
dw.writerow({"a": 1, "z": 26})
print(repr(buf.getvalue()))

# fieldnames as a dict keys view
buf = io.StringIO()
dw = csv.DictWriter(buf, {"x": 1, "y": 2}.keys())
print(dw.fieldnames)
dw.writeheader()
dw.writeheader()
print(repr(buf.getvalue()))

# writerows from generator of dicts
buf = io.StringIO()
dw = csv.DictWriter(buf, ["n", "sq"], lineterminator="\n")
dw.writerows({"n": i, "sq": i * i} for i in range(4))
print(repr(buf.getvalue()))

# round trip with DictReader
buf.seek(0)
print(list(csv.DictReader(buf, fieldnames=["n", "sq"])))

# missing fieldnames argument
try:
    csv.DictWriter(io.StringIO())
except TypeError as e:
    print(type(e).__name__, e)
