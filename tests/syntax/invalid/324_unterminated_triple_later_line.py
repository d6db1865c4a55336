def f():
    """Docstring never closed
    return 1

y = 2
