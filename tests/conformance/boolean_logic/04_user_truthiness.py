class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("len called")
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
class Both(Box):
    def __bool__(self):
        return True
class Plain:
    pass
print(bool(Box([])), bool(Box([1])))
print(bool(Flag(False)), not Flag(True))
print(bool(Both([])), bool(Plain()))
if Box([1, 2]) and Flag(True):
    print("both truthy")
print(Flag(False) or "other")
