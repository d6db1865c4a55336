class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"{type(self).__name__}({self.x})"
class Child(Base):
    def __init__(self, x, y):
        super(Child, self).__init__(x)
        self.y = y
    def describe(self):
        return super().describe() + f"+{self.y}"
print(Child(1, 2).describe())
