# bytes patterns on bytes and bytearray subjects.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

show("findall", lambda: re.findall(rb"\d+", b"a12 b345"))
show("bytearray", lambda: re.findall(rb"\d+", bytearray(b"a12 b345")))
show("bytearray match", lambda: re.match(rb"\w+", bytearray(b"abc def")))
show("bytearray group type", lambda: type(re.match(rb"\w+", bytearray(b"abc")).group()).__name__)
show("sub", lambda: re.sub(rb"\s+", b"_", b"a  b\tc"))
show("sub bytearray", lambda: re.sub(rb"a", b"x", bytearray(b"aba")))
show("split", lambda: re.split(rb",", b"a,b,,c"))
show("\\w ascii only", lambda: re.findall(rb"\w+", "café".encode()))
show("\\s", lambda: re.findall(rb"\s", b" \t\n\r\x0b\x0c\x1c\x85\xa0"))
show("\\d", lambda: re.findall(rb"\d", b"1\xd9\xa3"))
show("ignorecase", lambda: re.findall(rb"(?i)abc", b"ABC abc \xc1BC"))
show("high bytes", lambda: re.findall(rb"[\x80-\xff]+", b"ab\xe9\xff cd"))
show("dot", lambda: re.findall(rb".", b"a\nb\x00"))
show("escape hex", lambda: re.match(rb"\x41", b"A"))
show("escape \\u", lambda: re.compile(rb"\u0041"))
show("escape \\N", lambda: re.compile(rb"\N{LATIN SMALL LETTER A}"))
show("groupdict", lambda: re.match(rb"(?P<k>\w+)=(?P<v>\w*)", b"k=").groupdict())
show("fullmatch", lambda: re.fullmatch(rb"[0-9a-f]+", b"deadbeef"))
show("pattern attr", lambda: re.compile(rb"x+").pattern)
show("escape", lambda: re.escape(b"1.5*2"))
show("finditer spans", lambda: [m.span() for m in re.finditer(rb"o", b"foo boo")])
show("ascii flag", lambda: re.compile(rb"\w", re.A).flags)
show("non-ascii str pattern as bytes", lambda: re.compile("é".encode()).match("é".encode()))
