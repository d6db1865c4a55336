values = ["1", "two", "3", None, "5"]
total = 0
for v in values:
    try:
        n = int(v)
    except ValueError:
        print("skip bad", repr(v))
        continue
    except TypeError as e:
        print("stop at", v, "-", e)
        break
    else:
        total += n
    finally:
        print("checked", repr(v))
print("total", total)
