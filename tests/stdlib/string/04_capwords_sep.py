import string

print(repr(string.capwords("a-b-c", "-")))
print(repr(string.capwords("hello--world", "-")))
print(repr(string.capwords("  spaced  out  ", " ")))
print(repr(string.capwords("one, two, three", ", ")))
print(repr(string.capwords("path/to/some/file", "/")))
print(repr(string.capwords("mIxEd cAsE", None)))
print(repr(string.capwords("x.y.z", sep=".")))
print(repr(string.capwords("", "-")))
print(repr(string.capwords("-", "-")))
print(repr(string.capwords("abc", "abc")))
for bad in [(None,), (5,), ("a b", 3)]:
    try:
        string.capwords(*bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    string.capwords("a b", "")
except ValueError as e:
    print(type(e).__name__, e)
try:
    string.capwords()
except TypeError as e:
    print(type(e).__name__, e)
