class Tracker:
    def __init__(self):
        self.uses = 0
    def __enter__(self):
        self.uses += 1
        print("enter #", self.uses)
        return self.uses
    def __exit__(self, exc_type, exc_value, traceback):
        print("exit #", self.uses, exc_type is None, repr(exc_value))
        return isinstance(exc_value, KeyError)
t = Tracker()
with t as n:
    print("first body", n)
with t as n:
    raise KeyError("swallowed")
with t:
    pass
print("uses", t.uses)
try:
    with t:
        raise IndexError("escapes")
except IndexError as e:
    print("caught outside:", e)
