import operator

g1 = operator.itemgetter(1)
g3 = operator.itemgetter(0, 2, -1)
print(g1([10, 20, 30]), g1("xyz"), g1((5, 6)), g1({1: "one"}))
print(g3([10, 20, 30, 40]), g3("abcdef"))
gs = operator.itemgetter(slice(1, 3))
print(gs([0, 1, 2, 3]), gs("hello"))
gk = operator.itemgetter("name", "age")
print(gk({"name": "ann", "age": 7, "x": 0}))
single_tuple = operator.itemgetter((1, 2))
print(single_tuple({(1, 2): "tuple key"}))
print(operator.itemgetter(0, 0)([9]))


class Seq:
    def __getitem__(self, i):
        return ("item", i)


print(operator.itemgetter(5)(Seq()), operator.itemgetter("k", slice(None))(Seq()))
rows = [(3, "c"), (1, "a"), (2, "b")]
print(list(map(operator.itemgetter(1), rows)))
print(list(map(operator.itemgetter(1, 0), rows)))
for g, obj in [(g1, [1]), (operator.itemgetter("z"), {}), (g1, 5), (operator.itemgetter(0, 5), [1, 2])]:
    try:
        g(obj)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
