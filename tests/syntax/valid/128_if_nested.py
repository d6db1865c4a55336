a, b, c = 1, 2, 3
if a:
    if b:
        if c:
            print("all")
        else:
            print("not c")
    elif c:
        print("c only")
else:
    if not b:
        print("none")
