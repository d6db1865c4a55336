# Word counting and text statistics with findall/split.
import re
from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness... Don't panic! The café's naïve résumé-writer
said: "Times change."  Numbers like 42 and 3.14 count as words too; e-mail isn't one word.
"""
words = re.findall(r"\w+", text.lower())
print(len(words))
print(Counter(words).most_common(6))
print(sorted(set(w for w in words if len(w) > 8)))
print(re.findall(r"[a-z']+", text.lower())[:12])
print(re.findall(r"\b[a-z]+(?:['-][a-z]+)*\b", text.lower())[-12:])
sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
print(len(sentences))
for s in sentences:
    print(repr(s[:40]))
print(len(re.findall(r"\S+", text)), len(text.split()))
print(re.sub(r"\s+", " ", text).strip()[:60])
lines = re.split(r"\n", text.rstrip("\n"))
print([len(re.findall(r"\w+", l)) for l in lines])
print(Counter(re.findall(r"[aeiou]", text.lower())).most_common())
capitalized = re.findall(r"\b[A-Z][a-z]+\b", text)
print(capitalized)
