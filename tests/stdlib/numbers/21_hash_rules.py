import numbers


class A(numbers.Number):
    pass


class B(numbers.Number):
    def __hash__(self):
        return 42


class C(numbers.Number):
    def __eq__(self, other):
        return True


print(A.__hash__, B.__hash__ is not None, C.__hash__)
for cls in (A, B, C):
    try:
        print(cls.__name__, hash(cls()))
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
print(hash(5), hash(2.5) == hash(2.5), hash(1 + 0j) == hash(1))
print('__hash__' in numbers.Number.__dict__, numbers.Complex.__hash__, numbers.Integral.__hash__)
