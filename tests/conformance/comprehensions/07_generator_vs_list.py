def src():
    for i in range(3):
        print("src", i)
        yield i
print("list comp:")
lc = [x * 2 for x in src()]
print(lc)
print("gen expr:")
ge = (x * 2 for x in src())
print("before consume")
for v in ge:
    print("consume", v)
print(sum(x for x in range(101)), max((len(s), s) for s in ["aa", "b", "ccc"]))
