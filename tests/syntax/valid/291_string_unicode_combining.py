a = "e\u0301"
b = "é"
c = "ñ"
d = "🇫🇷"
e = "\N{COMBINING ACUTE ACCENT}"
print(len(a), len(b), len(c), len(d), len(e))
