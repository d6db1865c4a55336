# The first folder on sys.path holding the module wins.
import sys
HERE = __file__.rsplit('/', 1)[0]
print(sys.path[0] == HERE)
sys.path.insert(0, HERE + '/second')
sys.path.insert(0, HERE + '/first')
import which
print(which.ORIGIN, which.__file__.replace(HERE, '<topic>'))
del sys.modules['which']
sys.path.remove(HERE + '/first')
import which as which2
print(which2.ORIGIN, which is which2, which.ORIGIN)
sys.path.append(HERE + '/first')
del sys.modules['which']
import which as which3
print(which3.ORIGIN, sys.path[-1].replace(HERE, '<topic>'))
sys.path.insert(0, HERE + '/first')
import which as which4
print(which4 is which3)
