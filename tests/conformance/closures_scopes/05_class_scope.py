class Config:
    base = 10
    doubled = base * 2
    items = [base + i for i in range(3)] if False else None
    def method(self):
        try:
            return base
        except NameError as e:
            return "NameError: " + str(e)
print(Config.base, Config.doubled, Config.items)
print(Config().method())
x = "module"
class C:
    x = "class"
    def get(self):
        return x
    def get_attr(self):
        return self.x
print(C().get(), C().get_attr(), C.x)
