import csv
import io

# reading with doublequote True (default)
print(list(csv.reader(['"a""b",c'])))
# with doublequote False the second quote ends the field
for line in ['"a""b",c', '"a\\"b",c']:
    try:
        print(list(csv.reader([line], doublequote=False)))
    except csv.Error as e:
        print("Error", e)
    try:
        print(list(csv.reader([line], doublequote=False, escapechar="\\")))
    except csv.Error as e:
        print("Error", e)

# writing
for dq in (True, False):
    buf = io.StringIO()
    w = csv.writer(buf, doublequote=dq, escapechar="\\")
    w.writerow(['He said "yes"', "plain", '"'])
    print(dq, repr(buf.getvalue()))

buf = io.StringIO()
try:
    csv.writer(buf, doublequote=False).writerow(['"x"'])
except csv.Error as e:
    print(type(e).__name__, e)
print(repr(buf.getvalue()))

# custom quotechar
buf = io.StringIO()
w = csv.writer(buf, quotechar="'")
w.writerow(["it's", "a,b", 'dq"'])
print(repr(buf.getvalue()))
print(list(csv.reader(["'it''s','a,b',dq\""], quotechar="'")))

# quotechar None requires QUOTE_NONE
try:
    csv.writer(io.StringIO(), quotechar=None)
except TypeError as e:
    print(type(e).__name__, e)
buf = io.StringIO()
csv.writer(buf, quotechar=None, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(['a"b', "c,d"])
print(repr(buf.getvalue()))
print(list(csv.reader(['"a",b'], quotechar=None, quoting=csv.QUOTE_NONE)))

# doublequote truthiness
print(list(csv.reader(['"a""b"'], doublequote=0)))
print(list(csv.reader(['"a""b"'], doublequote="yes")))
