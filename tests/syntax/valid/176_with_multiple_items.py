class Ctx:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *exc):
        return False
with Ctx() as a, Ctx() as b:
    print(a, b)
with Ctx(), Ctx():
    pass
with Ctx() as a, Ctx():
    pass
