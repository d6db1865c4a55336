tests = [
    lambda: 1 + "1",
    lambda: [1] + (1,),
    lambda: {} + {},
    lambda: None + 1,
    lambda: 5 - "a",
    lambda: [1] * [2],
    lambda: 2 ** "x",
    lambda: "a" / 2,
    lambda: 5 // None,
    lambda: "x" % 5,
    lambda: {1} * 2,
    lambda: 1 < "1",
    lambda: [] >= (),
    lambda: None > None,
    lambda: 3 << 1.0,
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)
