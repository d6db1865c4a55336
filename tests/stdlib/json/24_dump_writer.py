import json


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
print(json.dump({"a": [1, 2], "b": None}, w))
print(w.parts)
print("".join(w.parts))
w = Writer()
json.dump([1, {"k": "v"}], w, indent=2)
print(w.parts)
w = Writer()
json.dump("str", w)
json.dump(5, w)
print(w.parts)
w = Writer()
json.dump({"z": 1, "y": 2}, w, sort_keys=True, separators=(",", ":"))
print(w.parts)
w = Writer()
try:
    json.dump([1, 2, {3}], w)
except TypeError as e:
    print(type(e).__name__, e)
print(w.parts)
try:
    json.dump([1], object())
except AttributeError as e:
    print(type(e).__name__, e)
w = Writer()
json.dump([object()], w, default=lambda o: "D")
print(w.parts)
