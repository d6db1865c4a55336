# Compile-time errors: name binding rules and malformed patterns

def try_compile(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "-> compiled fine")
    except SyntaxError as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

def case_src(pattern):
    return "match v:\n    case " + pattern + ":\n        pass\n"

examples = [
    ("same name twice in sequence", "[x, x]"),
    ("same name via as", "[a, 1 as a]"),
    ("same name in mapping and rest", "{'k': a, **a}"),
    ("same name positional and keyword", "C(a, b=a)"),
    ("or-pattern binding different names", "[a, b] | [b, c]"),
    ("or-pattern where one side binds nothing", "1 | y"),
    ("or-pattern same names different order", "[a, b] | (b, a)"),
    ("duplicate string key", "{'a': 1, 'a': 2}"),
    ("duplicate int key", "{1: x, 1: y}"),
    ("duplicate None key", "{None: 1, None: 2}"),
    ("duplicate value-pattern key", "{K.a: 1, K.a: 2}"),
    ("two starred names", "[*a, *b]"),
    ("two starred wildcards", "[*_, *_]"),
    ("positional after keyword", "C(x=1, y)"),
    ("repeated keyword", "C(a=1, a=2)"),
    ("as _", "1 as _"),
    ("f-string literal", "f'a'"),
    ("many different wildcards ok", "[_, _, *_]"),
    ("valid complex mixture", "{'a': [x, *rest], **others} | {'b': [x, *rest], **others}"),
]
for label, pattern in examples:
    try_compile(label, case_src(pattern))

print("-- line numbers point at the offending case --")
try_compile("third case bad", """match v:
    case 1:
        pass
    case [a]:
        pass
    case [b, b]:
        pass
""")
