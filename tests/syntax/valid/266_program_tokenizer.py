def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("NUM", int(text[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("OP", ch)); i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens
print(tokenize("12 + (3*4)"))
