def g():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    a = [i for i in range(0)] if (yield) else None
    return (yield), a
it = g()
next(it)
print(it.send(5))
