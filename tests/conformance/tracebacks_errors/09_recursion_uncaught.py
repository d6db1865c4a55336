def countdown(n):
    if n == 5:
        print("reached 5 (no base case below it)")
    return countdown(n - 1)
print("begin")
countdown(10)
