class Guard:
    def __enter__(self):
        print("enter")
        return "token"
    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print("exit:", name, exc, tb is not None)
        return False
try:
    with Guard() as t:
        print("got", t)
        raise ValueError("boom")
        print("not reached")
except ValueError as e:
    print("propagated:", e)
with Guard():
    pass
