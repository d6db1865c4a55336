import json

for s in ["0", "-0", "7", "-7", "10", "1234567890123456789", "-98765432109876543210",
          "0.0", "0.5", "-0.5", "10.25", "1e2", "1E2", "1e+2", "1e-2", "-1.5e-7",
          "0e0", "0.0e-0", "5E300", "123.456e1"]:
    v = json.loads(s)
    print(s, type(v).__name__, repr(v))
for s in ["01", "-", "--1", "+1", ".1", "1.", "1.e5", "1e", "1e+", "-a", "0x1",
          "1.5e2.0", "-.5", "00.1", "1 .5", "[01]", "[1.]", "-Infinity1", "[- 1]"]:
    try:
        v = json.loads(s)
        print(repr(s), "->", repr(v))
    except json.JSONDecodeError as e:
        print(repr(s), "|", e.msg, e.pos)
print(json.loads("[-0]")[0], json.loads("[-0.0]")[0])
