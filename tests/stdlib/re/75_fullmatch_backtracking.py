# fullmatch versus match with $ and \Z: fullmatch backtracks to cover the whole string.
import re

cases = [("a|ab", "ab"), ("a*?", "aaa"), ("(a|ab)(c|bcd)(d*)", "abcd"), (r"\d+", "12\n"),
         ("(?:a|ab)+", "abab"), ("x*", ""), ("(?=a)", "a"), ("a(?=b)", "ab"), (".*?", "xyz")]
for p, s in cases:
    m1 = re.fullmatch(p, s)
    m2 = re.match("(?:%s)$" % p, s)
    m3 = re.match(r"(?:%s)\Z" % p, s)
    print(repr(p), repr(s), m1 and m1.span(), m2 and m2.span(), m3 and m3.span())
p = re.compile(r"\d+")
print(p.fullmatch("123abc", 0, 3), p.fullmatch("123abc", 1, 2), p.fullmatch("123abc", 0, 4))
print(re.fullmatch(r"(?i)[a-z]+", "Hello"))
print(re.fullmatch(r"\w+@\w+\.com", "me@site.com"), re.fullmatch(r"\w+@\w+\.com", "me@site.com.au"))
print(re.fullmatch(r"(a+)(b+)?", "aab").groups())
print(re.fullmatch(r"(a+?)(a*)", "aaa").groups())
