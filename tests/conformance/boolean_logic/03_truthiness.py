values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), ((),), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), frozenset()]
truthy = 0
for v in values:
    print(repr(v), bool(v), "T" if v else "F")
    if v:
        truthy += 1
print(truthy, len(values) - truthy)
print(bool(), bool(float("nan")), bool(10 ** 100), bool(-0.0))
