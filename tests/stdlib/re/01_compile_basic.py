# re.compile: the Pattern object, its basic methods and what they return.
import re

p = re.compile(r"ab+c")
print(type(p).__name__, type(p) is re.Pattern)
print(p.pattern, p.groups, p.groupindex)
print(repr(p))
print(p.match("abbbc"))
print(p.match("xabc"))
print(p.search("xxabcxx"))
print(p.fullmatch("abc"), p.fullmatch("abcd"))
print(p.findall("abc abbc ac abbbbc"))
print([m.span() for m in p.finditer("abc-abbc")])
print(p.split("1abc2abbc3"))
print(p.sub("X", "abc abbc ac"))
print(p.subn("X", "abc abbc ac"))

# the module-level functions accept a string or a compiled pattern
print(re.match(p, "abcd"))
print(re.search("b+", "aaabbb").group())
print(re.compile(p) is p)

# an empty pattern matches everywhere
e = re.compile("")
print(e.match("xyz"), e.findall("ab"))

# Pattern and Match are the types of these objects
m = p.search("zabc")
print(type(m).__name__, type(m) is re.Match, isinstance(m, re.Match))
print(re.Pattern, re.Match)
print(re.Pattern[str], re.Match[bytes])
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
