import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

with open("s.txt", "w", encoding="utf-8") as f:
    f.write("0123456789\n")

with open("s.txt", encoding="utf-8") as f:
    f.read(4)
    attempts = [(0, 1), (0, 2), (3, 1), (-1, 1), (2, 2), (-3, 2), (-1, 0), (-100,),
                (0, 3), (0, -1), (1, 5), ("0",), (1.0,), (None,)]
    for args in attempts:
        try:
            result = f.seek(*args)
            print(args, "->", result, repr(f.read(2)))
        except Exception as e:
            print(args, type(e).__name__, e)

with open("s.txt", "w", encoding="utf-8") as f:
    f.write("abc")
    for args in [(0, 2), (2, 1), (-2, 2)]:
        try:
            print(args, f.seek(*args))
        except Exception as e:
            print(args, type(e).__name__, e)

with open("s.txt", "rb") as f:
    for args in [(-1, 2), (1, 1), (-10, 1), (-5,), (5, 0), (0, 0)]:
        try:
            print(args, f.seek(*args), f.read(1))
        except Exception as e:
            print(args, type(e).__name__, e)

os.chdir("/")
tmp.cleanup()
