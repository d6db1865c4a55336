# re.escape escapes only special characters (3.7+ rule) and works for bytes.
import re

print(re.escape("www.python.org"))
print(re.escape("a+b*c?d"))
print(re.escape("1-2_3 4"))
print(re.escape("[x]{1}(y)|z^$\\"))
print(re.escape("#&~"))
print(repr(re.escape("\t\n\r\x0b\x0c")))
print(re.escape("!\"%',/:;<=>@`"))
print(re.escape("éü中"))
print(repr(re.escape("")))
print(re.escape(b"a.b*c"))
print(re.escape(b"\x00\xff-"))
print(repr(re.escape("\x00")))
for s in ["a.b", "(x)", "$5.00 (approx)", "C:\\path\\to", "a\nb", "-]^"]:
    print(repr(s), bool(re.fullmatch(re.escape(s), s)))
print(re.findall(re.escape("1+1"), "1+1=2, 11"))
print(re.compile("[" + re.escape("]-^\\") + "]+").findall("a]-^\\b"))
try:
    re.escape(5)
except TypeError as e:
    print("TypeError", e)
