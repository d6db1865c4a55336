import string

tests = [
    "hello world",
    "  hello    world  ",
    "HELLO wORLD",
    "o'neil and mcdonald",
    "python3 is 3rd",
    "tab\tseparated\nnew line",
    "",
    "   ",
    "a",
    "élan vital über",
    "x-ray and t-shirt",
    "already Capitalized Words",
    "123abc def",
]
for t in tests:
    print(repr(t), "->", repr(string.capwords(t)))
print(string.capwords("hello world") == "hello world".title())
print(string.capwords("they're bill's friends"), "|", "they're bill's friends".title())
