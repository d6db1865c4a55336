# Using a name of a partially initialized module during a circular import.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

import circ3_a
print('not reached')
