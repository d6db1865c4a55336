import operator


class Sneaky:
    def __len__(self):
        return 3

    def __length_hint__(self):
        raise RuntimeError("should not be called")


class Broken:
    def __length_hint__(self):
        raise KeyError("hint failed")


print(operator.length_hint(Sneaky()))
print(operator.length_hint(Broken(), 10))
