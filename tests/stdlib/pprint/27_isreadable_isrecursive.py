# isreadable / isrecursive, as module functions and PrettyPrinter methods.
import pprint


class Plain:
    pass


class Readable:
    def __repr__(self):
        return "Readable()"


class Empty:
    def __repr__(self):
        return ""


r = [1]
r.append(r)
cases = [1, "s", b"b", None, True, 1.5, 2j, [1, 2], (1, {"a": [2]}), {1: 2}, set(), {1, 2},
         Plain(), [Plain()], {"k": Plain()}, Readable(), [Readable()], Empty(), [Empty()], r, [r],
         len, int, range(3), Ellipsis, NotImplemented]
pp = pprint.PrettyPrinter()
for obj in cases:
    name = type(obj).__name__
    print(name, repr(pprint.isreadable(obj)), pprint.isrecursive(obj),
          repr(pp.isreadable(obj)), pp.isrecursive(obj))
print(pprint.PrettyPrinter(depth=1).isreadable([[1]]), pprint.PrettyPrinter(depth=1).isreadable([1]))
print(pprint.PrettyPrinter(depth=2).isreadable([[1]]))
