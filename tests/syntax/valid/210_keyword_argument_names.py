def f(**kw):
    return kw
r = f(match=1, case=2, type=3, _=4, print=5, self=6)
s = f(**{"if": 1})
print(r, s)
