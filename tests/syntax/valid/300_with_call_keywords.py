class Ctx:
    def __init__(self, name, mode="r"):
        self.name, self.mode = name, mode
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return None
with Ctx("f", mode="w") as fh, Ctx(name="g") as gh:
    print(fh.mode, gh.name)
with Ctx(*["x"], **{"mode": "a"}) as hh: print(hh.mode)
