from collections.abc import Sequence, MutableSequence, Reversible, Collection


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('out of range')
        return i * i


s = Squares(6)
print(list(s), len(s), s[2], s[-1], s[1:4])
print(9 in s, 10 in s)
print(s.index(16), s.count(4), s.count(5))
print(list(reversed(s)))
print(list(iter(s)))
try:
    s.index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(s.index(4, 1, 3))
try:
    s.index(4, 3)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(s, Reversible), isinstance(s, Collection), isinstance(s, MutableSequence))
print(sorted(Sequence.__abstractmethods__))
try:
    Sequence()
except TypeError as e:
    print(e)


class Stack(MutableSequence):
    def __init__(self):
        self.data = []

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def insert(self, i, v):
        self.data.insert(i, v)


st = Stack()
st.append(1); st.extend([2, 3, 4]); st += [5]
print(st.data, st.pop(), st.pop(0), st.data)
st.reverse(); st.remove(3)
print(st.data)
st.clear()
print(st.data, sorted(MutableSequence.__abstractmethods__))
