handlers = {
    "double": lambda v: v * 2,
    "negate": lambda v: -v,
    "cond": (lambda v: v) if True else None,
    "list": [i for i in range(3)],
    ("tuple", "key"): {"nested": True},
}
print(handlers["double"](4), handlers[("tuple", "key")])
