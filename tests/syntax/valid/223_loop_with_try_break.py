def first_int(items):
    for item in items:
        try:
            value = int(item)
        except ValueError:
            continue
        else:
            break
    else:
        value = None
    return value
print(first_int(["a", "3", "4"]))
