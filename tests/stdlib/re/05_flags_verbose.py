# re.VERBOSE: whitespace and comments in the pattern are ignored (except in classes and escapes).
import re

number = re.compile(r"""
    (?P<sign> [-+] )?      # optional sign
    (?P<int> \d+ )         # integer part
    (?: \. (?P<frac> \d* ) )?   # optional fraction
    \Z                     # end
""", re.X)
for s in ["42", "-3.14", "+7.", "x1", "1 2"]:
    m = number.match(s)
    print(repr(s), m.groupdict() if m else None)

print(re.findall(r"a b c", "abc a b c", re.VERBOSE))
print(re.findall(r"a\ b", "ab a b", re.X))
print(re.findall(r"[ ]+", "a  b c", re.X))
print(re.findall(r"a[# ]b", "a#b a b", re.X))
print(re.findall(r"\#\d", "#1 #2", re.X))
print(re.match(r"(?x) a  b  # comment", "ab"))
print(re.match(r"""(?x)
    a   # first
    b   # second
""", "abc"))
# whitespace inside a quantifier's braces breaks it into literals in verbose mode
print(re.match(r"a{ 2 }", "aa", re.X), re.match(r"a{2}", "aa", re.X))
print(re.compile(r"a # c", re.X).pattern)
print(re.compile(r"a # c", re.X).flags & re.X == re.X)
# a comment runs to the end of the line only
print(re.findall("a # x\nb", "ab", re.X))
# tabs, form feeds and vertical tabs are whitespace too
print(re.match("a\t\x0b\x0cb", "ab", re.X))
# (?#...) comments work with or without VERBOSE
print(re.match(r"a(?#this is a comment)b", "ab"))
