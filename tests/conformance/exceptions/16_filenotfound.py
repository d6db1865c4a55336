try:
    open("missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.filename, e.strerror)
try:
    open("missing_file.txt", "r")
except OSError as e:
    print("as OSError:", isinstance(e, FileNotFoundError))
try:
    with open("nope.csv") as fh:
        print("unreachable")
except FileNotFoundError as e:
    print("with:", e)
