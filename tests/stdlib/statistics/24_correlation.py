from statistics import correlation


def show(*args):
    try:
        r = correlation(*args)
    except Exception as e:
        print(args, '->', type(e).__name__, e)
        return
    print(args, '->', type(r).__name__, repr(r))


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [9, 8, 7, 6, 5, 4, 3, 2, 1]
show(x, x)
show(x, y)
show(x, [1, 2, 3, 1, 2, 3, 1, 2, 3])
show([1.2, 2.5, 3.1, 4.8], [2.0, 4.1, 5.9, 8.3])
show([1, 1, 1], [1, 2, 3])
show([1, 2, 3], [5, 5, 5])
show([1], [1])
show([1, 2], [1])
show([0.1, 0.2], [1e10, 2e10])
show([1, 2, 3, 4], [1, 4, 9, 16])
