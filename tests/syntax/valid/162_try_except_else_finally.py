def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        r = None
    else:
        r = r * 2
    finally:
        print("done")
    return r
print(f(0), f(5))
