total = 0
count = 0
while True:
    line = input("number: ")
    if line == "end":
        break
    total += float(line)
    count += 1
print()
print("count", count, "mean", total / count)
