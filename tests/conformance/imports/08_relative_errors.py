# Relative imports that cannot work: beyond the top-level package, from a top-level module,
# and names the package does not have.
import sys
import importlib
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/pkgs')
sys.path.insert(0, HERE + '/mods')


def show(e):
    print(type(e).__name__ + ':', str(e).replace(HERE, '<topic>'))


try:
    import rel.beyond
except ImportError as e:
    show(e)
print('rel.beyond' in sys.modules, 'rel' in sys.modules)
try:
    import toplevel_rel
except ImportError as e:
    show(e)
print('toplevel_rel' in sys.modules)
try:
    from rel import missing_thing
except ImportError as e:
    show(e)
try:
    import rel.badname
except ImportError as e:
    show(e)
try:
    importlib.import_module('..core', 'rel')
except ImportError as e:
    show(e)
print(importlib.import_module('.core', 'rel').VERSION)
