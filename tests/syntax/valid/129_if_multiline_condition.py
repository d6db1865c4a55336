a, b, c = 1, 0, 1
if (a and
        b or
        c):
    print("yes")
if a and \
   c:
    print("also")
elif (
    b
):
    pass
