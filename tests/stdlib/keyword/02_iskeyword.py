import keyword

for word in ["if", "else", "True", "true", "None", "none", "async", "await", "match", "case",
             "_", "print", "exec", "type", "nonlocal", "IF", "", " if", "if ", "lambda", "yield",
             "__peg_parser__", "self", "def"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print(any(keyword.iskeyword(k) for k in keyword.softkwlist))
print(all(keyword.issoftkeyword(k) for k in keyword.softkwlist))
