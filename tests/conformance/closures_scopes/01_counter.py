def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_acc(start):
    total = [start]
    def add(x):
        total[0] += x
        return total[0]
    return add
acc = make_acc(10)
print(acc(5), acc(-3))
