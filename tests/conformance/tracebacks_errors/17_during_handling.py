try:
    [][1]
except IndexError:
    print("handling IndexError")
    None.foo
