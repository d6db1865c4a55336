class MathUtil:
    factor = 10
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def scaled(x):
        return x * MathUtil.factor
    def instance_method(self, x):
        return self.add(x, 1)
print(MathUtil.add(2, 3), MathUtil().add(4, 5), MathUtil.scaled(2))
print(MathUtil().instance_method(9))
f = MathUtil.add
print(f(1, 1), type(f).__name__)
try:
    MathUtil.add(1)
except TypeError as e:
    print(type(e).__name__, e)
