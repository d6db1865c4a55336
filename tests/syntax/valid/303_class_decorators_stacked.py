registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def tag(name):
    def deco(cls):
        cls.tag = name
        return cls
    return deco

@register
@tag("model")
class User:
    pass
print(registry, User.tag)
