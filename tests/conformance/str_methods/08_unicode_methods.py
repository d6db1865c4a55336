s = "Grüße aus Köln"
print(s.upper(), s.lower(), len(s))
print(s.find("K"), s.split(" "), s.replace("ü", "ue"))
print("١٢٣".isdigit(), "ⅷ".isdigit(), "é".isalpha(), "日本".isalpha())
print("ǅ".lower(), "ﬁ".upper(), "İ".lower() == "i̇")
print("  ünï  ".strip(), "ÀB".swapcase(), "élan".capitalize())
print(sorted(["éclair", "apple", "zebra", "Éclair"]))
