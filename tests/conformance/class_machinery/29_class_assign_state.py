# state machine implemented with __class__ switching
class Closed:
    def open(self):
        self.history.append("open")
        self.__class__ = Open
    def close(self):
        raise RuntimeError("already closed")
    def status(self):
        return "closed"

class Open:
    def open(self):
        raise RuntimeError("already open")
    def close(self):
        self.history.append("close")
        self.__class__ = Closed
    def status(self):
        return "open"

class Door(Closed):
    def __init__(self):
        self.history = []

d = Door()
print(d.status(), type(d).__name__)
d.open()
print(d.status(), type(d).__name__)
for action in ("open", "close", "close"):
    try:
        getattr(d, action)()
        print(action, "->", d.status())
    except RuntimeError as e:
        print(action, type(e).__name__, e)
print(d.history, isinstance(d, Door), isinstance(d, Closed))
print(type(d).__name__, d.__class__.__name__)
