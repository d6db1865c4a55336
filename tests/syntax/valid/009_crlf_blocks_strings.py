def greet(name):
    """Return a greeting.

    The docstring spans several lines.
    """
    text = """first
second"""
    total = 1 + \
        2
    return f"hello {name} {text!r} {total}"

print(greet("world"))
