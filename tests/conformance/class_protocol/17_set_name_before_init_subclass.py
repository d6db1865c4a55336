class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Model:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
        fields = []
        for key, value in vars(cls).items():
            if isinstance(value, Field):
                fields.append(value.name)
        cls.fields = fields
        super().__init_subclass__()


class User(Model):
    name = Field()
    email = Field()


class Admin(User):
    level = Field()


print(User.fields, Admin.fields)


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad field " + name)


try:
    class Broken(Model):
        ok = Field()
        bad = Bad()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
