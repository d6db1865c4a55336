from collections import Counter
import re

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = re.findall(r"[a-z]+", text.lower())
wc = Counter(words)
print(len(words), len(wc), wc.total())
for word, n in wc.most_common(6):
    print(f"{word:>8} {n}")
print(wc["it"], wc["dickens"])
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(5))
print(sorted(letters.items())[:5])
lengths = Counter(map(len, words))
print(sorted(lengths.items()))
first = Counter(w[0] for w in words)
print(first.most_common(3))
a = Counter("the cat sat on the mat".split())
b = Counter("the dog sat on the log".split())
print(a & b)
print(a - b)
print(sorted((a | b).elements()))
print((a + b).most_common(3))


def is_anagram(x, y):
    return Counter(x.replace(" ", "")) == Counter(y.replace(" ", ""))


print(is_anagram("listen", "silent"), is_anagram("dormitory", "dirty room"), is_anagram("ab", "abc"))
inventory = Counter(apples=5, pears=2)
order = Counter(apples=3, pears=4)
left = inventory - order
print(left, inventory <= order, (inventory & order).total())
