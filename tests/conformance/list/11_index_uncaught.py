scores = [90, 85, 77]
total = 0
for i in range(len(scores) + 1):
    print("adding", i)
    total += scores[i]
print(total)
