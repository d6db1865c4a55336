def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
g = resource("a")
next(g)
print("before del")
del g
print("after del")
h = resource("b")
print("before del of unstarted")
del h
print("after del of unstarted: no finally")
k = resource("c")
alias = k
next(k)
del k
print("still alive through alias")
del alias
print("after del alias")
x = resource("d")
print(list(x))
print("before del of exhausted")
del x
print("after del of exhausted")
items = [resource("e"), resource("f")]
for it in items:
    next(it)
del it
print("before clear")
items.clear()
print("after clear")
box = {"gen": resource("g")}
next(box["gen"])
print("before pop")
box.pop("gen")
print("after pop")
