from collections import deque
import copy


class Logged(deque):
    def append(self, x):
        print("append", x)
        super().append(x)

    def popleft(self):
        x = super().popleft()
        print("popleft", x)
        return x


d = Logged([1, 2])
d.append(3)
d.extend([4])
print(d.popleft(), d)
print(type(d).__name__, isinstance(d, deque), repr(d))
c = d.copy()
print(type(c).__name__, c)
print(type(d + d).__name__, type(d * 2).__name__)
d2 = Logged("ab", maxlen=3)
print(d2, d2.maxlen)
d2.tag = "hello"
print(d2.tag)


class Stack(deque):
    def __init__(self, *items):
        super().__init__(items)

    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack" + repr(list(self))


s = Stack(1, 2)
s.push(3)
print(s, s.peek(), len(s), s.pop(), s)
print(s == deque([1, 2]), s == Stack(1, 2))
print(issubclass(Logged, deque), Logged.__mro__[1].__name__)
print(type(copy.copy(d2)).__name__, copy.copy(d2), copy.copy(d2).maxlen)
