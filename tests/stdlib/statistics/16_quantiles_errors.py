from statistics import quantiles


def show(*args, **kwargs):
    try:
        r = quantiles(*args, **kwargs)
    except Exception as e:
        print(args, kwargs, '->', type(e).__name__, e)
        return
    print(args, kwargs, '->', r)


show([1, 2, 3], n=0)
show([1, 2, 3], n=-2)
show([], n=0)
show([])
show([1])
show([1], method='bogus')
show([1, 2], method='bogus')
show([1, 2], method='Inclusive')
show([1, 2], method=None)
show([1, 2], n=2.5)
show([1, 2], n='4')
show([1, 2], 4)
show(['a', 'b', 'c'])
show([1, 'a'])
show(['a', 'b'], method='inclusive')
show([1, 2], n=True)
