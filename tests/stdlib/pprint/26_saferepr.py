# saferepr: a one-line repr with sorted dicts that survives recursion.
import pprint

print(pprint.saferepr([1, "two", (3.0, None)]))
print(pprint.saferepr({"b": [1, 2], "a": {"d": 4, "c": 3}}))
print(pprint.saferepr("x" * 100) == repr("x" * 100))
print(pprint.saferepr(set(range(5))))
print(pprint.saferepr((1,)), pprint.saferepr(()), pprint.saferepr([]), pprint.saferepr({}))
print(pprint.saferepr(b"bytes"), pprint.saferepr(bytearray(b"ba")))
print(pprint.saferepr({1: {2: {3: {4: [5]}}}}))
print(pprint.saferepr(10 ** 30))
class Odd:
    def __repr__(self):
        return "Odd<>"
print(pprint.saferepr([Odd(), Odd()]))
print(pprint.saferepr({Odd(): 1}))
print(pprint.saferepr(len))
print(pprint.saferepr(type))
