import csv
import io

def read(text, **kw):
    r = csv.reader(io.StringIO(text, newline=""), **kw)
    out = []
    try:
        for row in r:
            out.append(row)
    except csv.Error as e:
        print(out, "->", type(e).__name__, e)
        return
    print(out)

read('a,"b"c,d\n', strict=True)
read('a,"b"c,d\n')
read('x\n"open quote\nno end', strict=True)
read('x\n"open quote\nno end')
read('a,b\n1,"2"  \n', strict=True)
read('"ok","fine"\n', strict=True)
read('a\\', escapechar="\\", strict=True)
read('a\\', escapechar="\\")
read('a,b\r\nc,"d"e\r\n', strict=True)
read('1,2\n3,4\n5,"6\n', strict=True)
read('one\x00two\n')

# Error class details
print(csv.Error.__name__, csv.Error.__module__, issubclass(csv.Error, Exception))
print(csv.Error.__mro__[1].__name__)
try:
    raise csv.Error("custom", 1)
except csv.Error as e:
    print(repr(e), e.args)
