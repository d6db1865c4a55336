class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False
with Suppress(KeyError, IndexError):
    {}["x"]
print("continued 1")
with Suppress(ZeroDivisionError):
    x = 1 / 0
    print("never")
print("continued 2")
try:
    with Suppress(KeyError):
        int("q")
except ValueError as e:
    print("not suppressed:", e)
