class Box:
    def __class_getitem__(cls, item):
        print("__class_getitem__", cls.__name__, item)
        return "Box of " + (item.__name__ if isinstance(item, type) else repr(item))


print(Box[int])
print(Box[str])
print(Box[(int, str)])
print(Box["label"])


class SubBox(Box):
    pass


print(SubBox[float])
print(type(vars(Box)["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
print(Box.__class_getitem__(bool))
