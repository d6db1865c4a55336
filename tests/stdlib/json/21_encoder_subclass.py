import json


class Money:
    def __init__(self, cents):
        self.cents = cents


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"$money": "%d.%02d" % divmod(o.cents, 100)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Money(1234), {3, 1}], cls=Enc))
print(json.dumps({"price": Money(5)}, cls=Enc, indent=2, sort_keys=True))
print(Enc().encode(Money(99)))
print(Enc(separators=(",", ":")).encode([Money(100), Money(1)]))
try:
    json.dumps([Money(1), object()], cls=Enc)
except TypeError as e:
    print(type(e).__name__, e.args[0][:30])
try:
    json.dumps(1j, cls=Enc)
except TypeError as e:
    print(type(e).__name__, e)


# a subclass that records the calls it gets and passes extra kwargs through
class Tracing(json.JSONEncoder):
    def __init__(self, *, tag="T", **kw):
        super().__init__(**kw)
        self.tag = tag
        self.calls = 0

    def default(self, o):
        self.calls += 1
        return self.tag + ":" + type(o).__name__


print(json.dumps([object(), 1j, {1}], cls=Tracing, tag="X"))
t = Tracing(tag="Y", indent=1)
print(t.encode({"a": object()}), t.calls)
print(isinstance(t, json.JSONEncoder), Tracing.__mro__[1].__name__)
# cls and default together: default wins
print(json.dumps(Money(1), cls=Enc, default=lambda o: "via default"))
