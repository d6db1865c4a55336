# re.DOTALL: '.' matches a newline too.
import re

s = "first line\nsecond line"
print(re.search(r"line.second", s))
print(re.search(r"line.second", s, re.S))
print(re.search(r"line.second", s, re.DOTALL))
print(re.findall(r".", "a\nb"))
print(re.findall(r".", "a\nb", re.S))
print(re.match(r".*", s).group())
print(re.match(r".*", s, re.S).group())
print(re.match(r"(?s).+", "x\ny").group())
print(re.match(r"(?s:.)(.)", "\n\n"))
# other line separators are matched by '.' even without DOTALL
print(re.findall(r".", "\r\x0b\x0c\u2028\x85"))
print(re.match(r"a.c", "a\nc"), re.match(r"a[^x]c", "a\nc"))
print(re.findall(r"<.*?>", "<a\nb> <c>", re.S))
print(re.findall(r"<.*?>", "<a\nb> <c>"))
