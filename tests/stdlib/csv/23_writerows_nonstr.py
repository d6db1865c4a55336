import csv
import io
from fractions import Fraction

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d}"

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow([None, 0, -1, 1.0, 0.1, 1e16, 1e-7, float("nan"), float("-inf"), True, 10**25])
w.writerow([Money(110), Fraction(1, 3), 3 + 4j, b"bytes", [1, 2], (3,), {"k": 1}])
w.writerow([None])
w.writerow([None, None])
w.writerow([""])
print(buf.getvalue(), end="")

# writerows with a generator of generators
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerows((str(i) * j for j in range(3)) for i in range(1, 4))
print(repr(buf.getvalue()))

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerows(zip(range(3), "abc", [0.5, 1.5, 2.5]))
w.writerow(range(5))
w.writerow(map(str.upper, ["x", "y"]))
print(repr(buf.getvalue()))

class Pt:  # __str__ contains the delimiter
    def __str__(self):
        return "1,2"

buf = io.StringIO()
csv.writer(buf, lineterminator="\n").writerow([Pt(), "z"])
print(repr(buf.getvalue()))

class Bad:  # __str__ raising
    def __str__(self):
        raise RuntimeError("no str")

try:
    csv.writer(io.StringIO()).writerow([Bad()])
except RuntimeError as e:
    print(type(e).__name__, e)

# generator raising mid-way keeps rows written so far
def rows():
    yield ["ok"]
    raise KeyError("boom")

buf = io.StringIO()
try:
    csv.writer(buf, lineterminator="\n").writerows(rows())
except KeyError as e:
    print(type(e).__name__, e)
print(repr(buf.getvalue()))
