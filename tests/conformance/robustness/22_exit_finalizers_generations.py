# Finalizers at exit for objects in different generations; one resurrects itself.
import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, len(saved))
        if self.name.startswith('keep'):
            saved.append(self)

saved = []
old = [D('old0'), D('old1')]
gc.collect()
middle = D('mid')
gc.collect(0)
young = D('young')
keeper = D('keep-me')
x = D('x')
x.self_ref = x
print('end', gc.get_count()[0] >= 0)
