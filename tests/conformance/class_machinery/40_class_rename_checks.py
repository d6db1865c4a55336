class C: pass
for n, v in [('__name__', 5), ('__qualname__', 5), ('__name__', 'a\x00b'), ('__module__', 5), ('__doc__', 5), ('__name__', 'D'), ('__qualname__', 'X.D')]:
  try: setattr(C, n, v); print(n, 'ok', getattr(C, n))
  except Exception as e: print(n, type(e).__name__, e)
print(C, C.__name__, C.__qualname__, '__name__' in C.__dict__, '__qualname__' in C.__dict__)
class M(type): pass
class E(metaclass=M): pass
E.__name__ = 'F'; print(E, E.__name__)
try: type('X', (), {'__qualname__': 1.5})
except TypeError as e: print(e)
