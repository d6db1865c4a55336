def f():
    try:
        return 1
    finally:
        print("cleanup")

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
        finally:
            pass
    return i
print(f(), g())
