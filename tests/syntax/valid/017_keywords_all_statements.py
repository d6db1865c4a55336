def gen(a, b):
    try:
        assert a, "a must be truthy"
    except Exception as e:
        raise ValueError("bad") from e
    finally:
        del b
    with open("x") as fh:
        yield fh
class C:
    def m(self):
        x = 0
        def inner():
            nonlocal x
            x += 1
        return inner
