import copy

# forgetting memo[id(self)] = result: the cycle yields a second, duplicate copy
class Forgetful:
    def __init__(self):
        self.me = self
    def __deepcopy__(self, memo):
        result = Forgetful.__new__(Forgetful)
        result.__dict__ = copy.deepcopy(self.__dict__, memo)
        return result
f = Forgetful()
try:
    f2 = copy.deepcopy(f)
    print("no error", f2.me is f2, f2.me.me is f2.me, type(f2.me).__name__)
except RecursionError as e:
    print(type(e).__name__)

# delegating to the default from inside __deepcopy__ by temporarily removing the hook
class Counting:
    made = 0
    def __init__(self):
        self.data = [1]
    def __deepcopy__(self, memo):
        Counting.made += 1
        hook = Counting.__deepcopy__
        del Counting.__deepcopy__
        try:
            return copy.deepcopy(self, memo)
        finally:
            Counting.__deepcopy__ = hook
x = Counting()
y = copy.deepcopy(x)
print(Counting.made, y.data, y.data is x.data, type(y).__name__)
