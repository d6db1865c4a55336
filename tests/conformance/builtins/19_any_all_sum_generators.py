nums = [3, 8, 12, 5]
print(any(n > 10 for n in nums), all(n > 2 for n in nums), sum(n for n in nums if n % 2))
print(max(n % 5 for n in nums), min(nums, key=lambda n: abs(n - 7)))
print(sorted(nums, key=lambda n: (n % 3, -n)))
words = ["Hello", "world", "PYTHON"]
print(all(w.isalpha() for w in words), any(w.isupper() for w in words))
print(sum(len(w) for w in words), list(map(len, words)))
print(dict(zip(words, map(str.lower, words))))
print(list(zip(range(3), reversed(words))))
