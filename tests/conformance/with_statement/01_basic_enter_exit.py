class Resource:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False
with Resource("a") as r:
    print("body uses", r.name)
print("after with")
with Resource("b"):
    print("no as-target")
