# Counting words, then the most common.
from collections import Counter
words = ("the cat sat on the mat and the dog ate the cat food " * 20000).split()
c = Counter(words)
print(c.most_common(3), len(words))
