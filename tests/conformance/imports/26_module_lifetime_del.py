# Objects held by a module live as long as the module: deleting the importer's name does not
# free them while sys.modules keeps the module.
import sys
import gc
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

import holder
print('holder imported')
del holder
gc.collect()
print('name deleted, module still in sys.modules')
from holder import resource
print('got', resource.label)
del resource
m = sys.modules.pop('holder')
print('popped from sys.modules, still referenced')
del m
gc.collect()
print('after the last reference went')
