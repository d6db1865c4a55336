# from a import name during a circular import of a: the name is not bound yet.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

try:
    import circ2_a
except ImportError as e:
    print(type(e).__name__)
    print(str(e).replace(HERE, '<topic>'))
    print(e.name, e.path.replace(HERE, '<topic>'))
print('circ2_a' in sys.modules, 'circ2_b' in sys.modules)
try:
    import circ2_b
except ImportError as e:
    print(str(e).replace(HERE, '<topic>'))
