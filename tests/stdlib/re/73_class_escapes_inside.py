# Escapes inside character classes: class shorthands, hex, special characters, ranges with escapes.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except re.error as e:
        print(label, "-> re.error:", e)

show("[\\d\\s]", lambda: re.findall(r"[\d\s]", "a1 b\t2"))
show("[\\W]", lambda: re.findall(r"[\W]", "a-b c"))
show("[^\\W_]", lambda: re.findall(r"[^\W_]", "a_1-"))
show("[\\t\\n]", lambda: re.findall(r"[\t\n]", "a\tb\nc"))
show("[\\x00-\\x1f]", lambda: re.findall(r"[\x00-\x1f]", "a\x01b\x1fc "))
show("[\\u0400-\\u04ff]", lambda: re.findall(r"[\u0400-\u04ff]+", "abc привет xyz"))
show("[\\U0001F300-\\U0001FAFF]", lambda: re.findall(r"[\U0001F300-\U0001FAFF]", "hi 😀 🎉 ✓"))
show("[\\\\n]", lambda: re.findall(r"[\\n]", "\\n\n"))
show("[\\.]", lambda: re.findall(r"[\.]", "a.b"))
show("[\\^]", lambda: re.findall(r"[\^a]", "^a"))
show("[\\[\\]]", lambda: re.findall(r"[\[\]]", "[x]"))
show("[\\s-]", lambda: re.findall(r"[\s-]", "a- b"))
show("[-\\d]", lambda: re.findall(r"[-\d]", "-1a"))
show("[\\d-]", lambda: re.findall(r"[\d-]", "-1a"))
show("[a-\\x7a]", lambda: re.findall(r"[a-\x7a]", "az{"))
show("[\\0-\\x20]", lambda: re.findall(r"[\0-\x20]", "a b\x00"))
show("[\\a]", lambda: re.findall(r"[\a]", "\a"))
show("[\\N{DIGIT ONE}-\\N{DIGIT THREE}]", lambda: re.findall(r"[\N{DIGIT ONE}-\N{DIGIT THREE}]", "01234"))
show("[\\w&&]", lambda: re.findall(r"[\w&]", "a&b"))
show("[\\s\\S] dotall-like", lambda: len(re.findall(r"[\s\S]", "a\nb")))
show("ascii [\\w]", lambda: re.findall(r"[\w]", "aé", re.A))
show("[^\\x00-\\x7f]", lambda: re.findall(r"[^\x00-\x7f]+", "naïve café"))
show("case range", lambda: re.findall(r"[\x41-\x43]", "abcABC", re.I))
