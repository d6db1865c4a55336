import keyword


def valid_name(name):
    return name.isidentifier() and not keyword.iskeyword(name)


for name in ["x", "class", "class_", "_", "match", "2x", "x2", "None", "é", "async", "with"]:
    print(name, valid_name(name))

fixed = [n + "_" if keyword.iskeyword(n) else n for n in ["from", "to", "import", "value"]]
print(fixed)
