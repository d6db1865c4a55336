i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print(i)
