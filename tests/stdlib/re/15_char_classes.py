# Character classes: ranges, negation, special positions of ] - ^, escapes inside.
import re

def show(label, fn):
    try:
        print(label, repr(fn()))
    except re.error as e:
        print(label, "-> re.error:", e)

s = "a]b-c^d\\e[f"
show("[abc]", lambda: re.findall(r"[abc]", "abcd"))
show("[a-c]", lambda: re.findall(r"[a-c]", "abcd"))
show("[^a-c]", lambda: re.findall(r"[^a-c]", "abcd"))
show("[]a]", lambda: re.findall(r"[]a]", s))
show("[^]a]", lambda: re.findall(r"[^]a]", "a]b"))
show("[a-]", lambda: re.findall(r"[a-]", s))
show("[-a]", lambda: re.findall(r"[-a]", s))
show("[a^]", lambda: re.findall(r"[a^]", s))
show("[\\]]", lambda: re.findall(r"[\]]", s))
show("[\\\\]", lambda: re.findall(r"[\\]", s))
show("[\\[]", lambda: re.findall(r"[\[]", s))
show("[\\-]", lambda: re.findall(r"[\-]", s))
show("[a\\-c]", lambda: re.findall(r"[a\-c]", "a-bc"))
show("[0-9a-fA-F]", lambda: re.findall(r"[0-9a-fA-F]+", "0x1fZ, ABC"))
show("[.]", lambda: re.findall(r"[.*+?]", "a.b*c+d?"))
show("[$^]", lambda: re.findall(r"[$]", "a$b"))
show("[\\w.-]", lambda: re.findall(r"[\w.-]+", "first.last-name@x"))
show("[^\\s]", lambda: re.findall(r"[^\s]+", "ab cd\te"))
show("[\\s\\S]", lambda: re.findall(r"[\s\S]", "a\n"))
show("[^\\d\\s]", lambda: re.findall(r"[^\d\s]", "a1 b"))
show("[\\x41-\\x43]", lambda: re.findall(r"[\x41-\x43]", "ABCD"))
show("[--/]", lambda: re.findall(r"[--/]", "+,-./0"))
show("[a-a]", lambda: re.findall(r"[a-a]", "aab"))
show("[^^]", lambda: re.findall(r"[^^]", "^a^"))
show("[|]", lambda: re.findall(r"[|]", "a|b"))
show("[()]", lambda: re.findall(r"[()]", "(a)"))
show("single", lambda: re.compile(r"[a]").match("a"))
show("[é-ë]", lambda: re.findall(r"[é-ë]", "èéêëì"))
show("astral", lambda: re.findall("[\U0001F600-\U0001F602]", "\U0001F600x\U0001F603"))
