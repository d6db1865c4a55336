class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
with (Ctx() as a, Ctx() as b):
    pass
with (Ctx() as a,):
    pass
with (
    Ctx() as a,
    Ctx() as b,
    Ctx(),
):
    pass
with (Ctx(), Ctx()):
    pass
with (Ctx()) as c:
    pass
