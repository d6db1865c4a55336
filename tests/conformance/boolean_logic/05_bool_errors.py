class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return "3"
for obj in [BadBool(), BadLen(), BigLen()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    if BadBool():
        print("no")
except TypeError as e:
    print("if:", e)
print(len([1]) == 1)
