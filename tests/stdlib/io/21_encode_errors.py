import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

for enc, text in (("ascii", "plain é here"), ("latin-1", "euro € sign"), ("ascii", "😀")):
    try:
        with open("o.txt", "w", encoding=enc) as f:
            f.write(text)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print("  ", e.encoding, e.start, e.end, e.reason, repr(e.object))
    with open("o.txt", "rb") as f:
        print("  file holds", f.read())

with open("o.txt", "w", encoding="ascii") as f:
    f.write("before ")
    try:
        f.write("ñ")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    f.write("after")
with open("o.txt", "rb") as f:
    print(f.read())

for errors in ("strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    try:
        with open("o.txt", "w", encoding="latin-1", errors=errors) as f:
            print(f.errors, f.write("a€b–c é"), end=" ")
        with open("o.txt", "rb") as f:
            print(f.read())
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)

try:
    with open("o.txt", "w", encoding="ascii", errors="bogus") as f:
        f.write("é")
except LookupError as e:
    print(type(e).__name__, e)

with open("s.txt", "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("raw \udcff")
with open("s.txt", "rb") as f:
    print(f.read())
try:
    with open("s.txt", "w", encoding="utf-8") as f:
        f.write("lone \ud800")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

os.chdir("/")
tmp.cleanup()
