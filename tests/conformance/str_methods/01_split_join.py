s = "  the  quick brown   fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1))
print("a-b-c-d".rsplit("-", 2), "a b c".rsplit(None, 1))
print("".split(), "".split(","))
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"))
print("line1\nline2\r\nline3\n".splitlines())
print("one\ntwo".splitlines(True))
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
