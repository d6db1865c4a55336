# Objects with __del__ still alive at exit: python3 runs their finalizers in its
# collector's order, with the module's globals still readable.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, label)

label = 'global-ok'
a = D('a')
b = D('b')
items = [D('l0'), D('l1'), D('l2')]
d = {'x': D('dx'), 'y': D('dy')}
c1 = D('c1'); c2 = D('c2'); c1.other = c2; c2.other = c1
del c1, c2
z = D('z')
print('end of program')
