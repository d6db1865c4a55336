def outer():
    def inner():
        return value
    try:
        print(inner())
    except NameError as e:
        print(type(e).__name__, e)
    value = 42
    print(inner())
    del value
    try:
        print(inner())
    except NameError as e:
        print(type(e).__name__, e)
outer()
