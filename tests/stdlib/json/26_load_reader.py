import json


class Reader:
    def __init__(self, text):
        self.text = text
        self.reads = 0

    def read(self):
        self.reads += 1
        return self.text


r = Reader('{"a": [1, 2, 3], "b": {"c": null}}')
print(json.load(r), r.reads)
print(json.load(Reader("[true, false]")))
print(json.load(Reader(b'{"bytes": 1}')))
print(json.load(Reader('{"x": 1.5}'), parse_float=str))
print(json.load(Reader('{"x": 1}'), object_hook=lambda d: sorted(d)))
try:
    json.load(Reader("{bad}"))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.load(Reader(42))
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.load(object())
except AttributeError as e:
    print(type(e).__name__, e)
