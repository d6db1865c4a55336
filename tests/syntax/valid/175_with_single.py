class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
with Ctx():
    pass
with Ctx() as c:
    print(c)
