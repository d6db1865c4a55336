class Z:
    def __len__(self):
        print("__len__")
        return 0
    def __bool__(self):
        print("__bool__")
        return True
z = Z()
print(bool(z), len(z))
print("truthy" if z else "falsy")
print(not z, z and "and-value", (z or "or-value") is z)
class Only:
    def __len__(self):
        return 3
print(bool(Only()), [x for x in [Only()] if x] != [])
