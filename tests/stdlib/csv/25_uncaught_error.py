import csv
import io

# a report is written, then read back in strict mode; a hand-edited line is malformed
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["id", "name"])
w.writerows([[1, "Ann"], [2, "Bob"], [3, "Cy"]])
text = buf.getvalue()
print(text, end="")
lines = text.splitlines(keepends=True)
lines[1] = lines[1].replace('"Ann"', '"Ann" extra')
data = "".join(lines)
print(repr(data))

# lenient parsing accepts it
print(list(csv.reader(io.StringIO(data))))

r = csv.reader(io.StringIO(data), strict=True)
for row in r:
    print(row)
print("not reached")
