# sys.modules is the import cache: membership after imports, the same object returned,
# inserting a module by hand, and removing an entry to force a fresh import.
import sys
import types

print(type(sys.modules).__name__, 'sys' in sys.modules, 'builtins' in sys.modules)
print(sys.modules['sys'] is sys, sys.modules['__main__'].__name__)
print('json' in sys.modules or 'not yet')
import json
print('json' in sys.modules, sys.modules['json'] is json)
import json as again
print(again is json)
fake = types.ModuleType('made_up_mod_zz', 'a module made at run time')
fake.answer = 42
sys.modules['made_up_mod_zz'] = fake
import made_up_mod_zz
print(made_up_mod_zz is fake, made_up_mod_zz.answer, made_up_mod_zz.__doc__)
from made_up_mod_zz import answer
print(answer)
del sys.modules['made_up_mod_zz']
try:
    import made_up_mod_zz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.modules['blocked_mod_zz'] = None
try:
    import blocked_mod_zz
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['blocked_mod_zz']
old = sys.modules.pop('json')
import json as fresh
print(fresh is not old, fresh.dumps([1]), 'json' in sys.modules)
print(isinstance(sys.modules.get('nonexistent_mod_q'), type(None)), 'nonexistent_mod_q' in sys.modules)
print(sorted(k for k in ['sys', 'builtins', 'json', 'types'] if k in sys.modules))
print(sys.modules['__main__'].__dict__ is globals())
