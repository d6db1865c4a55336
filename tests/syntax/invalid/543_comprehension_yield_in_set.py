def g():
    return {(yield) for x in range(3)}
