def f(*args, **kwargs):
    return args, kwargs
result = f(1,
           2,   # comment in call
           key="value",
    # comment at odd indentation
                 other=[1,
  2, 3])
print(result)
