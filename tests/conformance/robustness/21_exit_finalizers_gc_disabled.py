# Finalizers at exit with the collector disabled: the final collection runs anyway.
import gc
gc.disable()
log = []
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __del__(self):
        print('del', self.name, 'log size', len(log), 'gc enabled', gc.isenabled())
        log.append(self.name)

root = Node('root')
for i in range(3):
    child = Node('child%d' % i)
    child.parent = root
    root.children.append(child)
del child
pair = (Node('t0'), Node('t1'))
holder = {'k1': [Node('deep0'), Node('deep1')], 'k2': Node('v2')}
class Box:
    kept = Node('classattr')
def make():
    n = Node('closure')
    def get():
        return n
    return get
getter = make()
last = Node('last')
print('end')
