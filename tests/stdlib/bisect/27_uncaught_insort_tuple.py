import bisect

scores = [10, 20, 30]
bisect.insort(scores, 25)
print(scores)
frozen = tuple(scores)
print(bisect.bisect(frozen, 25))
bisect.insort(frozen, 15)
