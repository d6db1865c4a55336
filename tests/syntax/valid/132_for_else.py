for i in range(3):
    if i == 5:
        break
else:
    print("no break")
for ch in "abc":
    pass
else:
    pass
