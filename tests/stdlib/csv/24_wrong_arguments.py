import csv
import io

def attempt(label, f, *a, **kw):
    try:
        r = f(*a, **kw)
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("reader()", csv.reader)
attempt("reader(5)", csv.reader, 5)
attempt("reader(None)", csv.reader, None)
attempt("writer()", csv.writer)
attempt("writer(5)", csv.writer, 5)
attempt("writer([])", csv.writer, [])
attempt("delimiter=''", csv.reader, [], delimiter="")
attempt("delimiter=';;'", csv.reader, [], delimiter=";;")
attempt("delimiter=None", csv.reader, [], delimiter=None)
attempt("delimiter=1", csv.reader, [], delimiter=1)
attempt("delimiter=b','", csv.reader, [], delimiter=b",")
attempt("quotechar=''", csv.reader, [], quotechar="")
attempt("quotechar='ab'", csv.reader, [], quotechar="ab")
attempt("escapechar=1", csv.reader, [], escapechar=1)
attempt("unknown kw", csv.reader, [], foo=1)
attempt("too many args", csv.reader, [], "excel", 3)
attempt("skipinitialspace", csv.reader, [], skipinitialspace=None)

# non-string rows for the reader
for src in [[1, 2], [b"a,b"], [None]]:
    try:
        print(list(csv.reader(src)))
    except Exception as e:
        print(repr(src), type(e).__name__, e)

# writerow with non-iterables
w = csv.writer(io.StringIO())
for row in [5, None, 3.5]:
    try:
        w.writerow(row)
    except Exception as e:
        print(repr(row), type(e).__name__, e)
for rows in [5, [1]]:
    try:
        w.writerows(rows)
    except Exception as e:
        print(type(e).__name__, e)

# file object without write/with a failing write
class NoWrite:
    pass

attempt("writer(NoWrite())", csv.writer, NoWrite())
class Fails:
    def write(self, s):
        raise OSError("disk full")
try:
    csv.writer(Fails()).writerow(["a"])
except OSError as e:
    print(type(e).__name__, e)
