s = "héllo wörld ✓"
print(len(s), s[1], s[7], s[-1])
print(s[::-1])
print([ord(c) for c in "aé✓"])
print(chr(233), chr(10003), chr(128512), len(chr(128512)))
e = "😀x"
print(len(e), e[0] == chr(128512), e[1])
print("ü".upper(), "Straße".upper(), "ÉCOLE".lower())
print(s.find("w"), s.index("✓"))
print(sorted("bäa"))
