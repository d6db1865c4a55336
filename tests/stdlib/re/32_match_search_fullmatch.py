# match anchors at the start, search scans, fullmatch needs the whole string.
import re

for fn in (re.match, re.search, re.fullmatch):
    print(fn.__name__, fn(r"\d+", "123"), fn(r"\d+", "123abc"), fn(r"\d+", "abc123"))
print(re.fullmatch(r"a.*", "abc\n"), re.fullmatch(r"a.*", "abc\n", re.S))
print(re.fullmatch(r"a*?", "aaa"))
print(re.fullmatch(r"(a|ab)(c|bcd)", "abcd").groups())
print(re.fullmatch(r"x*", ""))
print(re.match(r"x*", "yyy"))
print(re.search(r"$", "abc").span())
print(re.search(r"^", "abc").span())
print(re.search(r"c", "abcabc").span())
print(re.match("^b", "ab"), re.search("^b", "ab"), re.search("^b", "a\nb", re.M))
print(bool(re.search("needle", "haystack with needle")))
p = re.compile(r"[aeiou]")
print(p.search("xyzzy"), p.search("rhythm and blues"))
print(p.match("apple"), p.fullmatch("a"), p.fullmatch("ab"))
print(re.fullmatch(r"\d{3}", "1234"), re.fullmatch(r"\d{3,}", "1234"))
print(re.match(r"(?:)", ""), re.search("", ""))
