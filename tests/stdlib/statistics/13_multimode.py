from statistics import multimode


def show(data):
    try:
        r = multimode(data)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(type(r).__name__, repr(r))


show('aabbbbccddddeeffffgg')
show('aabbbbbbbbcc')
show('')
show([])
show([1, 2, 3])
show([3, 1, 3, 1, 2])
show([1, 1.0, True])
show([0.5, 1, 0.5, 1, 2])
show(iter('xyzzy'))
show([{1}])
show([None, None])
show(range(3))
show([(1, 'a'), (1, 'a'), (2, 'b'), (2, 'b')])
