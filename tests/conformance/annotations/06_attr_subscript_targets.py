def log(tag, value):
    print('eval', tag)
    return value

class Obj:
    def __init__(self):
        self.a: log('ann a', int) = 1
        print('attr set', self.a)

o = Obj()
print(Obj.__annotations__ if '__annotations__' in Obj.__dict__ else 'no class annotations')
print(Obj.__init__.__annotations__)

d = {}
d['k']: log('ann k', int) = log('value k', 2)
print(d)
log('target', d)['j']: log('ann j', str)
print(d)
log('obj', o).b: log('ann b', float)
print(hasattr(o, 'b'))
print(__annotations__ if '__annotations__' in globals() else 'no module annotations')
lst = [0, 0]
lst[log('index', 1)]: log('ann index', int) = 7
print(lst)
try:
    undefined_name.attr: int
except NameError as e:
    print(type(e).__name__, e)
try:
    {}['missing']: int
    print('subscript not loaded')
except KeyError as e:
    print(type(e).__name__, e)
