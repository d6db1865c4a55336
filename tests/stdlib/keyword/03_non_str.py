import keyword

for value in [None, 1, 1.5, b"if", ("if",), frozenset(["if"])]:
    print(repr(value), keyword.iskeyword(value), keyword.issoftkeyword(value))
for value in [["if"], {"if": 1}, {"if"}, bytearray(b"if")]:
    try:
        keyword.iskeyword(value)
    except TypeError as e:
        print("TypeError", e)
    try:
        keyword.issoftkeyword(value)
    except TypeError as e:
        print("TypeError", e)


class Str(str):
    pass


print(keyword.iskeyword(Str("for")), keyword.issoftkeyword(Str("match")))


class Weird:
    def __hash__(self):
        return hash("if")

    def __eq__(self, other):
        return other == "if"


print(keyword.iskeyword(Weird()))
try:
    keyword.iskeyword()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    keyword.iskeyword("if", "else")
except TypeError as e:
    print("TypeError", type(e).__name__)
