# A misspelt builtin function called at module level.
values = [3, 1, 2]
total = sum(values)
print(total)
pritn(sorted(values))
