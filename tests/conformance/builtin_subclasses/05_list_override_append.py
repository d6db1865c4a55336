class Logged(list):
    def append(self, item):
        print("append", item)
        super().append(item)

    def extend(self, items):
        print("extend", list(items))
        for i in items:
            self.append(i)

lg = Logged()
lg.append(1)
lg.extend([2, 3])
print(lg)
list.append(lg, 4)
print(lg)
list.extend(lg, [5, 6])
print(lg)
lg += [7]
print(lg)
lg.insert(0, 0)
print(lg)

class Upper(list):
    def append(self, s):
        list.append(self, s.upper())

u = Upper(["keep"])
u.append("go")
u.append("x")
print(u, len(u))
bound = u.append
bound("late")
print(u)
