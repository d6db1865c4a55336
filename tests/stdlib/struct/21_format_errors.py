import struct
for f in ['z', 'i?z', '3', '3 i', '<n', '>N', '!P', '=n', 'ii3', '99999999999999999999i', '2305843009213693951q',
          'i\0', '@@i', 'i<', '-1i', 'é']:
    try:
        print(repr(f), struct.calcsize(f))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for f in [5, None, ['i']]:
    try:
        struct.calcsize(f)
    except Exception as e:
        print(type(e).__name__, e)
