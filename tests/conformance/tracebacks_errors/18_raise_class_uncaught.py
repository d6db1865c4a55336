def check(x):
    if x < 0:
        raise NotImplementedError
    return x
print(check(3))
check(-1)
