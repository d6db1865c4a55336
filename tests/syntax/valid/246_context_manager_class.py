class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return exc_type is KeyError

with Managed("a") as m, Managed("b"):
    raise KeyError("suppressed")
print("after")
