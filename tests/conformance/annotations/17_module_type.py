import types
m = types.ModuleType('m'); print(m.__dict__, repr(m))
m2 = types.ModuleType('m2', 'doc'); print(m2.__dict__)
m4 = types.ModuleType(name='m4', doc='d'); print(m4.__doc__, m4.__name__)
try: types.ModuleType()
except TypeError as e: print(e)
try: types.ModuleType(3)
except TypeError as e: print(e)
m.x = 5
print(m.x, m.__dict__['x'])
exec('y = x + 1', m.__dict__)
print(m.y)
import sys
sys.modules['fake'] = m
import fake
print(fake is m, fake.y)
