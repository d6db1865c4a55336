n = 0
found = False
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 20:
        found = True
        break
else:
    print("exhausted", n)
print(found)
