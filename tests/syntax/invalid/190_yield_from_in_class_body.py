class C:
    yield from range(3)
