s = "  \tHello, World!\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."))
print("hello world".title(), "hello world".capitalize(), "HeLLo".swapcase())
print("MiXeD".upper(), "MiXeD".lower(), "ß".upper())
print("abc".isupper(), "ABC".isupper(), "abc".islower(), "A1".isupper())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalnum())
print("   ".isspace(), " a ".isspace(), "Title Case".istitle())
