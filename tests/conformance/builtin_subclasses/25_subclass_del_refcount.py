import sys

class Res(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __del__(self):
        print("release", self.name, list(self))

class Box(dict):
    def __del__(self):
        print("box gone", sorted(self.items()))

class Label(str):
    def __del__(self):
        print("label gone", str(self))

a = Res("a", [1, 2])
print("created")
del a
print("after del a")
b = Res("b")
alias = b
del b
print("alias keeps it", alias.name)
alias = None
print("after rebinding alias")
holder = [Res("c", [3])]
holder.pop()
print("after pop")
bx = Box(k=1)
print(sys.getrefcount(bx))
other = bx
print(sys.getrefcount(bx))
del other
del bx
print("after del bx")
lb = Label("tag")
del lb
print("after del lb")

def scope():
    local = Res("local", "xy")
    return len(local)

print(scope())
print("end")
