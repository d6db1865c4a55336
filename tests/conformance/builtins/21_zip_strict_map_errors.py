# zip(strict=True) reports which input ran short or long; an error from an input in the
# middle of a zip or map drops the items already taken (the verifier checks none leak).
def failing():
    yield [1]
    raise ValueError("input failed")


for args in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1]), ([], [])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip([1, 2], "ab", strict=False)))
try:
    zip([1], fill=1)
except TypeError as e:
    print("TypeError", e)
try:
    list(zip([[1]] * 3, failing()))
except ValueError as e:
    print("zip", e)
try:
    list(map(lambda a, b: a, [[1]] * 3, failing()))
except ValueError as e:
    print("map", e)
z = zip("ab", [1, 2], strict=True)
print(next(z), next(z), next(z, "end"))
