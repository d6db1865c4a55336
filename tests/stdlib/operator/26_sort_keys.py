import operator

people = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "LA"), ("dave", 30, "NY"), ("eve", 22, "SF")]
print(sorted(people, key=operator.itemgetter(1)))
print(sorted(people, key=operator.itemgetter(2, 1)))
print(sorted(people, key=operator.itemgetter(1), reverse=True))
print(min(people, key=operator.itemgetter(1)), max(people, key=operator.itemgetter(1)))
print(max(people, key=operator.itemgetter(1, 0)))
by_city = sorted(people, key=operator.itemgetter(2))
by_city.sort(key=operator.itemgetter(1))
print([p[0] for p in by_city])


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __repr__(self):
        return self.name


ps = [P("x", 3), P("y", 1), P("z", 3), P("w", 2)]
print(sorted(ps, key=operator.attrgetter("age")), sorted(ps, key=operator.attrgetter("age", "name")))
print(sorted(["b", "A", "c", "B"], key=operator.methodcaller("casefold")))
print(sorted([[3, 1], [1], [2, 2, 2]], key=len), sorted([-3, 1, -2], key=operator.neg))
print(sorted([-3, 1, -2], key=operator.abs), sorted([0, 3, "", "a"], key=operator.not_))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.pow, [2, 3], [3, 2])))
print(list(map(operator.eq, "abc", "abd")), list(map(operator.getitem, ["ab", "cd"], [1, 0])))
total = 0
for x in [1, 2, 3, 4]:
    total = operator.iadd(total, x)
print(total)
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d.items(), key=operator.itemgetter(1)), max(d.items(), key=operator.itemgetter(1))[0])
print(sorted(d, key=d.__getitem__), list(filter(operator.truth, [0, 1, "", "x", None])))
