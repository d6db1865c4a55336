# findall returns strings, group strings or tuples depending on the number of groups.
import re

s = "a=1, b=22, c="
print(re.findall(r"\w=\d*", s))
print(re.findall(r"(\w)=\d*", s))
print(re.findall(r"(\w)=(\d*)", s))
print(re.findall(r"(\w)=(\d+)?", s))
print(re.findall(r"(?:\w)=(\d*)", s))
print(re.findall(r"((\w)=(\d*))", s))
print(re.findall(r"(?P<k>\w)=(?P<v>\d*)", s))
print(re.findall(r"(a)|(b)", "ab"))
print(re.findall(r"(a)|b", "ab"))
print(re.findall(r"(\d)+", "123 45"))
print(re.findall(r"()", "ab"))
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.findall(r"(?i)(\w+)@(\w+)\.COM", "joe@x.com ann@y.org bo@z.Com"))
print(re.findall(rb"(\d)(\w)", b"1a 2b"))
print(re.compile(r"\d").findall("a1b2c3", 2, 5))
print(type(re.findall(r"x", "y")).__name__, re.findall(r"x", "y"))
