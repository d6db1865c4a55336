class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class EuroDate(Date):
    def __repr__(self):
        return f"{self.d:02d}.{self.m:02d}.{self.y}"
print(Date.from_string("2024-03-15"), EuroDate.from_string("2024-03-15"))
print(Date.kind(), EuroDate.kind(), EuroDate(1, 2, 3).kind())
m = EuroDate.from_string
print(m("1999-12-31"))
