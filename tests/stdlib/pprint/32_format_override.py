# Subclassing PrettyPrinter and overriding format() changes how items are shown.
import pprint


class HexPrinter(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, int) and not isinstance(object, bool):
            return hex(object), True, False
        return super().format(object, context, maxlevels, level)


hp = HexPrinter(width=30)
hp.pprint([1, 255, 4096, True, {"k": 16}])
hp.pprint(list(range(250, 262)))
print(hp.pformat({"n": 10, "m": [11, 12]}))


class Hider(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str) and object.startswith("secret"):
            return "'***'", False, False
        return pprint.PrettyPrinter.format(self, object, context, maxlevels, level)


h = Hider()
h.pprint({"user": "ann", "password": "secret123", "nested": ["secret-token", "public"]})
print(h.isreadable({"password": "secret123"}), h.isreadable({"user": "ann"}))
print(h.isrecursive([1]))
calls = []


class Counting(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        calls.append((type(object).__name__, level))
        return super().format(object, context, maxlevels, level)


Counting(width=10).pformat([1, [2, 3]])
print(calls)
