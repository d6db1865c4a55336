class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s)
for v in s:
    print(v, end=" ")
print()
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
q = Seq("xyz")
print(list(q), len(q), q[-1], q[0:2], list(reversed(q)))
