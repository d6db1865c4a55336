"""The program's own docstring."""
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')

import greet
import nodoc
print(greet.__name__, repr(greet.__package__))
print(greet.__file__.replace(HERE, '<topic>'))
print(repr(greet.__doc__))
print(repr(nodoc.__doc__))
print(hasattr(greet, '__builtins__'), hasattr(greet, '__file__'), hasattr(greet, '__path__'))
print(greet.hello.__module__, greet.Greeter.__module__)
print(vars(greet)['NAME'], sorted(k for k in vars(greet) if not k.startswith('__')))
print(__name__, repr(__package__), __doc__)
print(sys.modules['__main__'].__doc__ is __doc__)
print(repr(greet).replace(HERE, '<topic>'))
print(vars(greet) is greet.__dict__, greet.hello.__globals__ is greet.__dict__)
