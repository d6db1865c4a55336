s = "the quick brown fox"
print("quick" in s, "slow" in s, "" in s, "q" not in s)
print(s.count("o"), s.count(""), len(s))
words = s.split()
print(words, len(words))
print(max(words), min(words), sorted(words, key=len))
print("abc" == "abc", "abc" != None, "a" < "b" < "c")
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
