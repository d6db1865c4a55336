values = [10, 20, 30]
print(len(values))
print(len("text"), len({"a": 1}), len(range(4)))
count = 3
print("count is", count)
print(len(count))
