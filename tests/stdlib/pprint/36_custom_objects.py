# Objects with their own repr are never broken, whatever their length.
import pprint


class Thing:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Thing(%s)" % ("#" * self.n)


class Angle:
    def __repr__(self):
        return "<Angle object>"


pprint.pprint([Thing(5), Thing(60), Thing(100)], width=40)
pprint.pprint({"a": Thing(90)}, width=20)
pprint.pprint(Thing(200), width=10)
pprint.pprint([Angle()] * 3, width=10)
pprint.pprint((range(100), slice(1, 2, 3), Ellipsis), width=10)
pprint.pprint([int, str, Thing], width=10)
pprint.pprint([len, print], width=10)
print(pprint.isreadable(Angle()), pprint.isreadable(Thing(1)))
print(pprint.saferepr([Angle(), Thing(2)]))
