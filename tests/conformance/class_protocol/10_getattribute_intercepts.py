class Spy:
    kind = "spy"

    def __init__(self):
        self.data = 1

    def __getattribute__(self, name):
        print("lookup", name)
        return super().__getattribute__(name)

    def __repr__(self):
        return "Spy()"

    def method(self):
        return "method ran, data=" + str(self.data)


s = Spy()
print(s.data)
print(s.kind)
print(s.method())
print(getattr(s, "data"))
print(hasattr(s, "zzz"))
print(s.__class__.__name__)
# special-method lookup by the interpreter bypasses __getattribute__
print(repr(s), str(s), f"{s}")


class Upper:
    def __init__(self, word):
        object.__setattr__(self, "word", word)

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value


u = Upper("quiet")
print(u.word)
print(object.__getattribute__(u, "word"))
try:
    u.other
except AttributeError as e:
    print("AttributeError:", e)
