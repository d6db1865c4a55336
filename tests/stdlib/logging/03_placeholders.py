# Placeholders: a logger created below missing names, then the names filled in.
import logging

mgr = logging.Logger.manager
deep = logging.getLogger('x.y.z')
print(deep.parent is logging.root)
for name in ['x', 'x.y', 'x.y.z']:
    obj = mgr.loggerDict[name]
    print(name, type(obj).__name__)
ph = mgr.loggerDict['x.y']
print(list(ph.loggerMap) == [deep], ph.loggerMap[deep])

other = logging.getLogger('x.y.w')
print(len(mgr.loggerDict['x.y'].loggerMap), len(mgr.loggerDict['x'].loggerMap))

x = logging.getLogger('x')
print(type(mgr.loggerDict['x']).__name__, deep.parent is x, other.parent is x)
xy = logging.getLogger('x.y')
print(deep.parent is xy, other.parent is xy, xy.parent is x)

# A logger between an existing parent and child.
p = logging.getLogger('m')
c = logging.getLogger('m.n.o')
print(c.parent is p)
mid = logging.getLogger('m.n')
print(c.parent is mid, mid.parent is p)

ph2 = logging.PlaceHolder(p)
ph2.append(p)
ph2.append(c)
print(len(ph2.loggerMap))
