def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(outer())
def p(a):
    def q():
        return a
    del a
    try:
        q()
    except NameError as e:
        print(type(e).__name__, e)
p(3)
