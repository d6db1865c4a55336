n = 12345
s = str(n)
print(s.zfill(8), s[::-1], len(s))
print(s.isdigit(), s.startswith("12"))
print(type(n).__name__, type(s).__name__)
print(n.zfill(8))
