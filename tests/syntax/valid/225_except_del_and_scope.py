def f():
    try:
        raise ValueError("x")
    except ValueError as err:
        message = str(err)
        del err
    return message
print(f())
