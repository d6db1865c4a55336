import csv
import io

data = '"name",1,2.5,"3"\n"x",-4,1e3,"y"\n'
for row in csv.reader(io.StringIO(data), quoting=csv.QUOTE_NONNUMERIC):
    print([(type(v).__name__, v) for v in row])

# unquoted non-number is an error
try:
    list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print(type(e).__name__, e)

# empty unquoted field
try:
    print(list(csv.reader(['1,,2'], quoting=csv.QUOTE_NONNUMERIC)))
except ValueError as e:
    print(type(e).__name__, e)

# special values
print(list(csv.reader(['inf,-inf,  7 ,nan'], quoting=csv.QUOTE_NONNUMERIC)))

# writing
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
w.writerow([1, 2.0, "3", None, "", 10**20, 1.5e-10, float("inf"), False])
print(repr(buf.getvalue()))

class Num:
    def __str__(self):
        return "num!"

buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC).writerow([Num()])
print(repr(buf.getvalue()))

# round trip of numbers
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC).writerows([[1, 0.1, "a"], [-2, 3.25, "b,c"]])
print(repr(buf.getvalue()))
buf.seek(0)
for row in csv.reader(buf, quoting=csv.QUOTE_NONNUMERIC):
    print(row)
