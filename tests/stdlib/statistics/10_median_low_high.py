from statistics import median_high, median_low


def show(f, data):
    try:
        r = f(data)
    except Exception as e:
        print(f.__name__, data, '->', type(e).__name__, e)
        return
    print(f.__name__, data, '->', type(r).__name__, repr(r))


for data in [[1, 3, 5], [1, 3, 5, 7], [7, 5, 3, 1], [2.5, 1.5], [4], [], ['c', 'a', 'b', 'd'],
             [(2, 'b'), (1, 'a')], range(10), [1, 1.0, True], [1, 'a']]:
    show(median_low, data)
    show(median_high, data)
