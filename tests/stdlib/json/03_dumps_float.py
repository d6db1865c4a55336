import json

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1.5, 3.14159, 100.0, 1e16, 1e15,
        123456789.0, 1e-7, 1e-4, 0.0001, 1e22, 1e100, 1.7976931348623157e308,
        5e-324, 2.2250738585072014e-308, 0.30000000000000004, 1 / 3, 2 / 3,
        12345.678, -9.75, 1e300 * 10 ** -290]
for v in vals:
    print(repr(v), json.dumps(v))
print(json.dumps([1.0, 2.5, -0.0]))
print(json.dumps({"x": 1e16, "y": 1e-16}))
print(json.dumps(float(2 ** 53)), json.dumps(float(2 ** 53 + 1)))
print(json.dumps(0.1 + 0.2))
print(json.dumps(float("1e16")), json.dumps(float("9999999999999998")))


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


# float subclasses use float.__repr__
print(json.dumps(MyFloat(2.5)))
print(json.dumps([MyFloat(1e16)]))
print(json.dumps({1.5: "a", -0.0: "b", 1e16: "c"}))
