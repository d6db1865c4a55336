word = "banana"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list("abc"), tuple("xy"), set("aaa"))
for i, ch in enumerate("hey"):
    print(i, ch, ord(ch))
print("".join(reversed("stressed")))
print([c * 2 for c in "ab"])
it = iter("ok")
print(next(it), next(it), next(it, "done"))
