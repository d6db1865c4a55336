s = "hello"
t = s
s += " world"
print(s, t)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s.replace("h", "H"), s)
print("ab" * 3, 3 * "xy", "-" * 0, "a" * -2 == "")
print("abc" < "abd", "Z" < "a", "apple" < "app", "" < "a")
