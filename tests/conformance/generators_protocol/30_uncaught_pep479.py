def letters(it):
    while True:
        try:
            yield next(it)
        finally:
            print("step done")
def wrapper():
    yield from letters(iter("ab"))
for v in wrapper():
    print(v)
print("never printed")
