# from m import * takes exactly the names in __all__, underscore names included.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

from star_all import *
for name in ['public_one', 'public_two', '_exported_private', '_hidden', 'CONST', '__all__']:
    print(name, name in globals())
print(public_one, _exported_private, CONST)
try:
    from star_bad import *
except AttributeError as e:
    print('AttributeError:', e)
print('real' in globals())
