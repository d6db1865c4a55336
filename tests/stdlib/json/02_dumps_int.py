import json

for v in [0, 1, -1, 42, -42, 255, 2 ** 31, 2 ** 31 - 1, -2 ** 31]:
    print(v, json.dumps(v))
print(json.dumps(2 ** 63 - 1), json.dumps(-2 ** 63))
print(json.dumps(2 ** 63), json.dumps(2 ** 64))
print(json.dumps(10 ** 30))
print(json.dumps(-10 ** 40))
print(json.dumps(2 ** 200))
print(json.dumps([1, 2 ** 70, -3]))
print(json.dumps({"big": 12345678901234567890123456789}))
print(json.dumps({10 ** 25: "key"}))
print(json.dumps(0x7F), json.dumps(0o17), json.dumps(0b101))
print(json.dumps(1_000_000))
big = json.loads(json.dumps(3 ** 100))
print(big == 3 ** 100, type(big).__name__)


class MyInt(int):
    def __repr__(self):
        return "MyInt!"

    def __str__(self):
        return "MyInt-str"


# subclasses are encoded via int.__repr__, not their own repr/str
print(json.dumps(MyInt(7)))
print(json.dumps([MyInt(-3), MyInt(2 ** 65)]))
print(json.dumps({MyInt(5): 1}))
