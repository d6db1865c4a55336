def apply(transform):
    def deco(f):
        def wrapper(*args, **kwargs):
            return transform(f(*args, **kwargs))
        return wrapper
    return deco

@apply(lambda r: r * 2)
@apply(transform=lambda r: r + 1)
def value(x):
    return x
print(value(3))
