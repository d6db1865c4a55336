import csv
import io

def write(rows, **kw):
    buf = io.StringIO()
    try:
        csv.writer(buf, **kw).writerows(rows)
    except Exception as e:
        print(type(e).__name__, e)
    print(repr(buf.getvalue()))

write([["a,b", "c\"d", "e\\f", "g\nh"]], quoting=csv.QUOTE_NONE, escapechar="\\")
write([["a,b", "x"]], quoting=csv.QUOTE_NONE, escapechar="$")
write([["a$b"]], quoting=csv.QUOTE_NONE, escapechar="$")
write([["ok", "bad,field"]], quoting=csv.QUOTE_NONE)
write([["q\"uote"]], quoting=csv.QUOTE_NONE)
write([["line\nbreak"]], quoting=csv.QUOTE_NONE)
write([['say "hi"']], escapechar="\\", doublequote=False)
write([['say "hi"']], doublequote=False)
write([["a\\b", "c,d"]], escapechar="\\")

def read(lines, **kw):
    try:
        print(list(csv.reader(lines, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

read(["a\\,b,c"], quoting=csv.QUOTE_NONE, escapechar="\\")
read(["a\\,b,c"], escapechar="\\")
read(['"a\\"b",c'], escapechar="\\")
read(["x\\\\y,z"], escapechar="\\")
read(["trailing\\"], escapechar="\\")
read(["a\\", "b"], escapechar="\\")
read(['a,"b,c'], quoting=csv.QUOTE_NONE)
read(["a\\nb"], escapechar="\\")
