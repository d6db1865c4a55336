class Ctx:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *exc):
        return False
with Ctx() as (x, y):
    print(x, y)
with Ctx() as [p, q]:
    print(p, q)
class Holder:
    pass
h = Holder()
with Ctx() as h.value:
    pass
d = {}
with Ctx() as d["k"]:
    pass
