# What '.' and negated classes match around line breaks, with and without DOTALL.
import re

s = "a\nb\r\nc"
print(re.findall(r".", s))
print(re.findall(r"(?s).", s))
print(re.findall(r"[^x]", s))
print(re.findall(r".+", s))
print(re.findall(r"(?s).+", s))
print(re.findall(r".*", s))
print(re.findall(r"^.*$", s, re.M))
print(re.findall(r"^.*?$", s, re.M | re.S))
print(re.match(r"a.b", "a\nb"), re.match(r"a\Nb", "a\nb") if False else None)
print(re.split(r"\n", s))
print(re.sub(r".", "x", "ab\ncd"))
print(re.sub(r"(?s).", "x", "ab\ncd"))
print(re.sub(r"[\s\S]", "x", "ab\ncd"))
print(re.search(r"b.", "ab\n"))
print(re.search(r"b.?$", "ab\n"))
print(re.findall(rb".", b"a\nb"))
