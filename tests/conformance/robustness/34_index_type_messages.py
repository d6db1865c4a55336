# A non-integer index: str words its TypeError differently from list, tuple and range.
for obj, key in [('ab', 1.5), ('ab', 'x'), ('ab', None), ([1], 1.5), ((1,), 'a'), (range(3), 1.5)]:
    try:
        obj[key]
    except TypeError as e:
        print(e)
