print("start")
x = 1
print(x + 1)
def helper():
    return x * 2
print(helper())
print(x + y)
