items = ["b", "a"]
print(sorted(items))
print(len(items))
def show(xs):
    for x in xs:
        prnt(x)
print("about to fail")
show(items)
