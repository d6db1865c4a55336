def g():
    return {x: (yield) for x in range(3)}
