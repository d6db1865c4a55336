# An uncaught exception inside an imported module ends the program.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

print('importing raises_key')
import raises_key
print('not reached')
