print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or 0)
print([] and [1], [0] and "x", {} or [] or (), "a" and "b" and "c")
print(0 or None, None and 1, not None, not not [])
x = []
y = x or ["fallback"]
print(y, x and x[0])
name = ""
print(name or "anonymous", len(name or "xx"))
print(1 and 0 or 3, 1 or 0 and 3, (1 or 0) and 3)
