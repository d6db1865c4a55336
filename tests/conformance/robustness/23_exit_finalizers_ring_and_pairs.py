# Finalizers at exit: a dict of instances replaced by None, a cycle already dropped, a pair.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, counter[0])
        counter[0] += 1

counter = [0]
objs = {}
for i in range(5):
    objs[i] = D('v%d' % i)
ring = [D('r%d' % i) for i in range(3)]
for i in range(3):
    ring[i].next = ring[(i + 1) % 3]
del ring
a = D('a')
b = D('b')
a.partner = b
objs = None
print('end')
