s = "  Cellar Interpreter  "
t = s.strip()
print(t.lower(), t.upper(), t.replace("Interpreter", "VM"))
print(t.find("Inter"), t.count("e"), t.startswith("Cel"), t.endswith("er"))
print(t.split(), "-".join(t.split()), "42".isdigit(), t.index("l"))
print("{0}-{1}-{0}".format("a", "b"), "{name}".format(name="x"))
