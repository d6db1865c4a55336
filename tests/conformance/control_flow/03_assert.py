def sqrt_int(n):
    assert n >= 0, f"negative input: {n}"
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r
print(sqrt_int(17), sqrt_int(0), sqrt_int(100))
try:
    sqrt_int(-4)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
assert True, "unused"
assert [1], "nonempty"
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
