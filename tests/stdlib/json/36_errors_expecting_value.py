import json


def show(s):
    try:
        json.loads(s)
        print(repr(s), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(s), "|", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)


for s in ["", " ", "\n\n", "[", "[1,", "[,1]", "{\"a\":", "{\"a\": }", "]", "}",
          "x", "tru", "nul", "True", "None", "'single'", "[1, 2, ]", "-", "+1",
          ".5", "[-]", "[\n1,\n\n]", "\t\t?", "[1,\n  ]"]:
    show(s)
