def compute():
    count = 10
    total = 0
    for i in range(count):
        total += i
    return totl
print(compute())
