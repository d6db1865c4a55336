# OrderedDict's views read the dict itself (a subclass's __getitem__, __missing__ and __len__
# are not asked); move_to_end of the key already at that end changes nothing; popitem takes
# from the dict's own ends.
from collections import OrderedDict


class LRU(OrderedDict):
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value


c = LRU(a=1, b=2)
print(('a', 1) in c.items(), 'a' in c.keys(), 1 in c.values(), list(c))


class M(OrderedDict):
    def __missing__(self, key):
        return 0

    def __len__(self):
        return 99


m = M(a=1)
print(('zz', 0) in m.items(), len(m.keys()), len(m.values()), len(m.items()))
od = OrderedDict.fromkeys('abc')
it = iter(od)
print(next(it))
od.move_to_end('c')
od.move_to_end('a', last=False)
print(next(it), next(it), list(od))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)


class Rev(OrderedDict):
    def __iter__(self):
        return iter(sorted(dict.keys(self), reverse=True))

    def __reversed__(self):
        return iter(sorted(dict.keys(self)))


r = Rev([('b', 1), ('a', 2), ('c', 3)])
print(r.popitem(), r.popitem(last=False), dict(r))
q = OrderedDict((i, i) for i in range(2000))
print(sum(q.popitem()[0] for _ in range(1000)), sum(q.popitem(last=False)[0] for _ in range(500)), len(q))
