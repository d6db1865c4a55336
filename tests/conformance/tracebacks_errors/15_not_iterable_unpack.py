pairs = [(1, 2), (3, 4), 5]
for a, b in pairs[:2]:
    print(a, b)
print("now the whole list")
for a, b in pairs:
    print(a + b)
