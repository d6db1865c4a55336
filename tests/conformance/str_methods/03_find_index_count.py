s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("xx"), s.rfind("ss"), s.rfind("i"))
print(s.index("p"), s.rindex("s"), s.count("s"), s.count("ss"), s.count("i", 5))
print(s.find(""), s.find("", 20), s.find("s", 3, 4))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("miss"), s.endswith("pi"), s.startswith(("x", "mi")), s.endswith("ss", 0, 4))
