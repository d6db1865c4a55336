# getLogger: the root, dotted names, parents, the manager's table and getChild.
import logging

root = logging.getLogger()
print(root, root is logging.root, root is logging.getLogger(''), root is logging.getLogger('root'))
print(root is logging.getLogger(None), root.name, root.parent)

a = logging.getLogger('a')
ab = logging.getLogger('a.b')
abc = logging.getLogger('a.b.c')
print(a, ab, abc)
print(abc.parent is ab, ab.parent is a, a.parent is root)
print(logging.getLogger('a.b') is ab)
print(list(logging.Logger.manager.loggerDict))
print(a.manager is root.manager, a.manager is logging.Logger.manager)
print(a.root is root, type(a.manager).__name__, a.manager.root is root)

print(a.getChild('b') is ab, a.getChild('b.c') is abc, root.getChild('a') is a)
print(ab.getChild('x.y').name, root.getChild('z').name)
print(ab.getChild('x.y').parent is ab)

for bad in [1, b'a', ('a',), 0.5]:
    try:
        logging.getLogger(bad)
        print('no error for', repr(bad))
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
print(logging.getLogger(0) is root, logging.getLogger(()) is root)

odd = logging.getLogger('.lead')
print(odd.parent is root, repr(odd.name))
dots = logging.getLogger('p..q')
print(dots.parent.name, sorted(k for k in logging.Logger.manager.loggerDict if k.startswith('p')))
trail = logging.getLogger('t.')
print(trail.parent.name)
