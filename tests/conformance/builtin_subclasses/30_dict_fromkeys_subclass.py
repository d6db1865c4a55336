class Loud(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
d = Loud.fromkeys('ab', 1)
print(type(d).__name__, d)
print(dict.fromkeys([1, 2]), type(dict.fromkeys([])).__name__)
try: Loud.fromkeys(5)
except TypeError as e: print(e)
