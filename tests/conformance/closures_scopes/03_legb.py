x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def shadow():
    x = "local"
    return x
def read_global():
    return x
print(outer(), shadow(), read_global(), x)
len = lambda s: "shadowed builtin"
print(len("abc"))
del len
print(len("abc"))
def uses_builtin():
    return max([3, 9, 2])
print(uses_builtin())
