s = "a-b-c-d"
print(s.replace("-", "+"), s.replace("-", "", 2), s.replace("x", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "."))
print(s.partition("-"), s.rpartition("-"), s.partition("x"), s.rpartition("x"))
key, sep, value = "name=value=x".partition("=")
print(key, sep, value)
print("hello".center(11, "*"), "hi".ljust(5, ".") + "|", "hi".rjust(5) + "|")
print("42".zfill(5), "-42".zfill(5), "abc".zfill(2))
print("Tab\tbed".expandtabs(4))
