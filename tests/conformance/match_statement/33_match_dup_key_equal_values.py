match {1: 2}:
    case {1: x, 1.0: y}:
        print('no SyntaxError', x, y)
    case _:
        print('no SyntaxError, no match')
