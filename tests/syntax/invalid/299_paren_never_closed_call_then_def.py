print("start"
def f():
    return 1
