# Records go up the hierarchy to every handler whose level they reach, until propagate is false.
import logging, sys

fmt = logging.Formatter('%(name)s %(levelname)s %(message)s')
def handler(tag, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(tag + ': %(name)s %(levelname)s %(message)s'))
    h.setLevel(level)
    return h

root = logging.getLogger()
root.addHandler(handler('root'))
a = logging.getLogger('p')
a.addHandler(handler('p'))
b = logging.getLogger('p.q')
b.addHandler(handler('p.q', logging.ERROR))
c = logging.getLogger('p.q.r')

c.warning('from r')
c.error('error from r')
b.warning('from q')
a.setLevel(logging.DEBUG)
c.info('info from r')
b.propagate = False
c.critical('stops at q')
b.warning('below q handler level, no propagation')
b.propagate = True
a.propagate = False
c.error('stops at p')
print(c.hasHandlers(), logging.getLogger('lonely').hasHandlers())
a.propagate = True
root.handlers.clear()
print(logging.getLogger('lonely').hasHandlers())
x = logging.getLogger('p.q.r.s')
x.propagate = False
print(x.hasHandlers())
h = handler('dup')
x.addHandler(h)
x.addHandler(h)
print(len(x.handlers))
x.warning('only once')
x.removeHandler(h)
x.removeHandler(h)
print(x.handlers, x.hasHandlers())
