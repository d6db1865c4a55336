# An exception while a module runs: the import fails, the module leaves sys.modules,
# and importing it again runs it again.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

import counter
for attempt in 1, 2:
    try:
        import boom
    except ValueError as e:
        print('attempt', attempt, 'failed:', e)
    print('boom' in sys.modules, counter.runs)
try:
    from boom import VALUE
except ValueError as e:
    print('from-import failed too:', e)
print(counter.runs, 'boom' in globals(), 'VALUE' in globals())
