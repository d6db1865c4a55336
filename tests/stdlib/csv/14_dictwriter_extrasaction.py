import csv
import io

buf = io.StringIO()
dw = csv.DictWriter(buf, ["a", "b"])
try:
    dw.writerow({"a": 1, "b": 2, "c": 3})
except ValueError as e:
    print(type(e).__name__, e)
try:
    dw.writerow({"zz": 2, "a": 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    dw.writerows([{"a": 1}, {"a": 2, "x": 0}])
except ValueError as e:
    print(type(e).__name__, e)
print(repr(buf.getvalue()))

buf = io.StringIO()
dw = csv.DictWriter(buf, ["a", "b"], extrasaction="ignore")
dw.writerow({"a": 1, "b": 2, "c": 3})
dw.writerow({"c": 3})
print(repr(buf.getvalue()))

for action in ["IGNORE", "Raise", "skip", ""]:
    try:
        dw = csv.DictWriter(io.StringIO(), ["a"], extrasaction=action)
        print(repr(action), "ok")
    except ValueError as e:
        print(repr(action), type(e).__name__, e)

# non-dict rows
dw = csv.DictWriter(io.StringIO(), ["a"])
for row in [["a"], "a", 5, None]:
    try:
        dw.writerow(row)
        print(repr(row), "ok")
    except Exception as e:
        print(repr(row), type(e).__name__, e)

# a mapping subclass works
class D(dict):
    pass

buf = io.StringIO()
csv.DictWriter(buf, ["k"]).writerow(D(k="v"))
print(repr(buf.getvalue()))
