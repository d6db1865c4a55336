def tag(name, *, upper=False):
    def wrap(f):
        return f
    return wrap

def twice(f):
    return f

@tag("a")
@tag("b", upper=True)
@twice
def g():
    return "g"
print(g())
