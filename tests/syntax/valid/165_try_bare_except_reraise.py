def f():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    f()
except:
    print("caught everything")
