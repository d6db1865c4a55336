# eval of an incomplete expression: the SyntaxError's position as CPython's eval mode gives it.
for src in ["1 +", "(", "[1, 2", "x ="]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
