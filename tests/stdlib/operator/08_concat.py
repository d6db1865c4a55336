import operator

print(operator.concat([1, 2], [3]), operator.concat("ab", "cd"), operator.concat((1,), (2, 3)))
print(operator.concat([], []), operator.concat("", "x"))


class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Seq(self.items + other.items)


print(operator.concat(Seq([1]), Seq([2])).items)
for a, b in [(1, 2), ({}, {}), ("a", 1), ([1], (2,)), ((1,), [2]), ({1}, {2}), (1.5, [1])]:
    try:
        operator.concat(a, b)
        print("ok", a, b)
    except TypeError as e:
        print("TypeError:", e)
for a, b in [(1, 2), ("a", 1), ([1], 5)]:
    try:
        operator.iconcat(a, b)
    except TypeError as e:
        print("iconcat TypeError:", e)
print(operator.__concat__ is operator.concat, operator.__iconcat__ is operator.iconcat)
