data = [1, 2, 3]
print(sum(data))
alias = data
del data
print(alias)
print(sum(data))
