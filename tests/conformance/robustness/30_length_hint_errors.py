# list(), tuple() and sorted() ask an iterable for its length first (PyObject_LengthHint):
# an error from __len__ propagates, except TypeError, which only means "no hint".
class Seq:
    def __init__(self, n, length):
        self.n, self.length = n, length
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i
    def __len__(self):
        return self.length()

def boom():
    raise NameError("no length today")

def wrong_type():
    raise TypeError("ignored")

for label, length in [("ok", lambda: 3), ("NameError", boom), ("TypeError", wrong_type),
                      ("negative", lambda: -1), ("str", lambda: "3"), ("huge", lambda: 10**16)]:
    for build in (list, tuple, sorted):
        try:
            print(label, build.__name__, build(Seq(3, length)))
        except Exception as e:
            print(label, build.__name__, type(e).__name__, e)

class Hinted:
    def __init__(self, hint):
        self.hint = hint
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return self.hint

for hint in (5, 0, NotImplemented, -2, "x", 2.5):
    try:
        print(repr(hint), list(Hinted(hint)))
    except Exception as e:
        print(repr(hint), type(e).__name__, e)
# An endless sequence whose __len__ fails never starts iterating.
class Endless:
    def __getitem__(self, i):
        return i
    def __len__(self):
        raise KeyError("len")
try:
    list(Endless())
except KeyError as e:
    print("KeyError", e)
