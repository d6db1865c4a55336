data = ["b10", "a2", "b2", "a10", "c1"]
print(sorted(data))
print(sorted(data, key=lambda s: (s[0], int(s[1:]))))
print(sorted(data, key=lambda s: int(s[1:]), reverse=True))
nums = [-5, 3, -1, 4, 0, -2]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, abs(n))))
print(max(nums, key=abs), min(nums, key=lambda n: n * n))
print(max([], default="empty"), min([4, 2], default=0))
print(sorted("Hello World", key=str.lower))
