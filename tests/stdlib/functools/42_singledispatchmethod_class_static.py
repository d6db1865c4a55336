import functools

# with classmethod
class Parser:
    @functools.singledispatchmethod
    @classmethod
    def parse(cls, value):
        return f"{cls.__name__}: unknown {type(value).__name__}"
    @parse.register(str)
    @classmethod
    def _(cls, value):
        return f"{cls.__name__}: str {value}"
    @parse.register
    @classmethod
    def _(cls, value: float):
        return f"{cls.__name__}: float {value}"
print(Parser.parse("x"), Parser.parse(1.5), Parser.parse(None))
print(Parser().parse("inst"))

# with staticmethod
class Util:
    @functools.singledispatchmethod
    @staticmethod
    def size(x):
        return -1
    @size.register
    @staticmethod
    def _(x: str):
        return len(x)
print(Util.size("abc"), Util.size(3), Util().size("zz"))
