import json


def show(s):
    try:
        v = json.loads(s)
        print(repr(s), "->", v)
    except json.JSONDecodeError as e:
        print(repr(s), "|", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)


for s in ["1 2", "[] []", "{}x", '"a" "b"', "null,", "true false", "1]", "[1]]",
          "{}}", "1\n2", "[1]\n\n  x", "12 ", "1.5.5", "01", "00", "-01", "1.", "1e",
          "1e+", "0x10", "1_000", "123abc", "truex", "nullnull", "[1] // c", "[1]\n"]:
    show(s)
