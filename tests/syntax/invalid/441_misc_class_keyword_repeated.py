class C(metaclass=type, metaclass=type):
    pass
