a = b = 1
s = f"{a b}"
