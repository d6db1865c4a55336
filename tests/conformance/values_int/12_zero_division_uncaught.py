def average(xs):
    total = 0
    for x in xs:
        total += x
    return total // len(xs)

print(average([1, 2, 3, 4]))
print(average([10]))
print(average([]))
print("not reached")
