for src in (5, 0):
    try:
        print(int.from_bytes(src, 'big'))
    except Exception as e:
        print(type(e).__name__, e)
