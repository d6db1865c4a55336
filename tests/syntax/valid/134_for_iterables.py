for x in 1, 2, 3:
    pass
for x in *[1, 2], 3:
    pass
for x in [y for y in range(3)]:
    pass
for x in (y for y in range(3)):
    pass
for k, v in {"a": 1}.items():
    pass
for i, ch in enumerate("ab"):
    pass
for x in range(10)[::2]:
    pass
