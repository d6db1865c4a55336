# A call inside an expression fails two frames down.
def compute(n):
    return n * 2

def helper(value):
    return value + 1

def summarize(items):
    return compute(len(items)) + helper(None)

print(compute(3))
print(summarize([1, 2]))
