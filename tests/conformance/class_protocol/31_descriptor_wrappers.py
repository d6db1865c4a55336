p=property()
class C: pass
for f in (lambda: p.__set__(C(), 1), lambda: p.__get__(C()), lambda: p.__delete__(C()), lambda: p.__get__(None, C) is p, lambda: property.__get__(p, None), lambda: property.__get__(3, None)):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
def f(self): return self
print(f.__get__(5)(), f.__get__(None, int) is f)
for g in (lambda: f.__get__(None), lambda: f.__get__(), lambda: f.__get__(1,2,3)):
  try: g()
  except Exception as e: print(type(e).__name__, e)
print(staticmethod(f).__get__(1) is f, classmethod(f).__get__(1)(), classmethod(f).__get__(None, str)())
q = property(lambda s: 42, lambda s, v: print('set', v), lambda s: print('del'))
print(q.__get__(1)); q.__set__(1, 2); q.__delete__(1)
try: q.__set__(1)
except Exception as e: print(type(e).__name__, e)
print(type(f).__get__ is type(f).__dict__['__get__'] if hasattr(type(f), '__dict__') else True)
class W:
    def m(self): return 'm'
print(W.__dict__['m'].__get__(W())())
