class CM:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
    def __exit__(self, t, v, tb):
        print("exit", self.label)
def f():
    with CM("f"):
        return "returned"
print(f())
for i in range(3):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
print("loop done")
