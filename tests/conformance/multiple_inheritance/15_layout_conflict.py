try:
    class IntStr(int, str):
        pass
except TypeError as e:
    print("int, str:", e)
try:
    class ListDict(list, dict):
        pass
except TypeError as e:
    print("list, dict:", e)
try:
    class ExcInt(Exception, int):
        pass
except TypeError as e:
    print("Exception, int:", e)
class Mixin:
    def twice(self):
        return self * 2
class MyInt(int):
    pass
class MixedInt(Mixin, MyInt):
    pass
m = MixedInt(21)
print(m.twice(), m + 1, [c.__name__ for c in MixedInt.__mro__], MixedInt.__base__.__name__)
class MixedList(Mixin, list):
    pass
print(MixedList([1, 2]).twice(), MixedList.__base__.__name__)
