class Window(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return list.__getitem__(self, i % list.__len__(self))
        return list.__getitem__(self, i)

    def __len__(self):
        return list.__len__(self) * 10

    def __contains__(self, item):
        print("contains?", item)
        return list.__contains__(self, item)

    def __iter__(self):
        print("iter")
        items = [list.__getitem__(self, i) for i in range(list.__len__(self))]
        return iter(items[::-1])

    def __repr__(self):
        return "Window" + list.__repr__(self)

w = Window([1, 2, 3])
print(w[0], w[4], w[-1], w[1:], w[7])
print(len(w))
print(2 in w, 9 in w)
for x in w:
    print("item", x)
print(w)
print(repr(w), str(w))
print([w])
print(f"{w}")
print(list(w), sorted(w))
print(list.__len__(w), list.__repr__(w))
print(bool(Window()), len(Window([5])))
