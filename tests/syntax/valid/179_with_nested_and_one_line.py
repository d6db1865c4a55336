class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
with Ctx() as a:
    with Ctx() as b:
        print(a is not b)
with Ctx(): pass
with Ctx() as c: print(c)
