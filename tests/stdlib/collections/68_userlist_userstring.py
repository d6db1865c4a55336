from collections import UserList, UserString


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s.data, len(s), s[0], s[-1], s[1:], type(s[1:]).__name__)
print(s + [4], type(s + [4]).__name__, [0] + s, type([0] + s).__name__)
print(s * 2, s == [1, 2, 3], s < [1, 3], 2 in s)
s.extend(Stack([9]))
s.insert(0, -1)
print(s.pop(), s.index(2), s.count(1), s)
s.sort(reverse=True)
print(s)
s.reverse()
print(s, s.copy(), type(s.copy()).__name__)
s[0] = 100
del s[1]
print(s, repr(s))
s += [7]
s *= 2
print(s)
print(UserList(), UserList("ab"), UserList(UserList([1])))
u = UserString("Hello")
print(u, repr(u), u.upper(), type(u.upper()).__name__, u + "!", "x" + u)
print(u[1:3], type(u[1:3]).__name__, len(u), "ell" in u, u * 2, u == "Hello")
print(u.split("l"), u.replace("l", "L"), u.find("l"), u.count("l"), u.startswith("He"))
print(u.data, str(u), int(UserString("42")) + 1, float(UserString("1.5")))
print(sorted([UserString("b"), UserString("a")]), hash(u) == hash("Hello"))
print(u % () if "%" in u else "no format", UserString("%s!") % "hi")
print(UserString(5), UserString([1]), u.center(9, "*"), u.zfill(7))
