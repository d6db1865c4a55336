import json

vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e17, 1.5e-10, 123.456, 9007199254740993.0,
        3.141592653589793, 2.718281828459045, 1e-320, 4.9e-324, 1.7976931348623157e308,
        100.0, 1e21, 1e22, 1e23, 0.000001, 0.0000001, 12345678912345.678]
for v in vals:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v, s == repr(v))
# every float in a generated sequence round trips exactly
x = 1.0
ok = True
for i in range(200):
    x = x * 1.37 + 0.001
    if json.loads(json.dumps(x)) != x:
        ok = False
print("sequence ok", ok)
for s in ["1.0", "1.00", "1e0", "10e-1", "0.1e1", "1E+0", "100e-2"]:
    print(s, json.loads(s))
print(json.loads("0.30000000000000004") == 0.1 + 0.2)
print(json.loads("1.7976931348623159e308"), json.loads("1e-400"), json.loads("-1e-400"))
print(json.dumps(json.loads("-0.0")), json.dumps(json.loads("-0")))
