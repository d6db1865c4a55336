class Base:
    def process(self, x):
        return self.transform(x) * 2
    def transform(self, x):
        raise NotImplementedError("subclasses must implement transform")
class Doubler(Base):
    def transform(self, x):
        return x * 2
print(Doubler().process(5))
print(Base().process(5))
