import csv
import io

text = 'h1,h2\n"multi\nline\nvalue",x\n\nlast,row\n'
r = csv.reader(io.StringIO(text, newline=""))
print(r.line_num)
for row in r:
    print(r.line_num, row)
print("after", r.line_num)

# line_num counts source lines from a list
r = csv.reader(["a", "", '"b', 'c"', "d"])
for row in r:
    print(r.line_num, row)

# DictReader line_num
dr = csv.DictReader(io.StringIO("a,b\n1,2\n\n3,4\n"))
print(dr.line_num)
for rec in dr:
    print(dr.line_num, rec)

# line_num is read-only
r = csv.reader([])
try:
    r.line_num = 5
except AttributeError as e:
    print(type(e).__name__, e)

# writer has no line_num
try:
    csv.writer(io.StringIO()).line_num
except AttributeError as e:
    print(type(e).__name__, e)

# reader over a generator
def gen():
    for i in range(3):
        yield f"{i},{i * i}"

r = csv.reader(gen())
print([(row, r.line_num) for row in r])
