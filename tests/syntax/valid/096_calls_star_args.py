def f(*args, **kwargs):
    return args, kwargs
a = [1, 2]
k = {"x": 1}
f(*a)
f(**k)
f(*a, **k)
f(0, *a, 3, **k)
f(*a, *a)
f(**k, **{"y": 2})
f(*a, y=2, **k)
f(x=1, *a)
f(**k, y=1)
f(*a, 4, *a, z=0, **k)
