list_ = list
def f(id, type, str):
    return id, type, str
print = print
len = len
