items = [3, 1, 2]
print(len(items), max(items))
size = len(items)
print("size", size)
print("calling a misspelled builtin")
print(lenght(items))
