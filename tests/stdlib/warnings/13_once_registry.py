import warnings

warnings.showwarning = lambda m, c, f, l, file=None, line=None: print('  shown:', m, f, l)
warnings.simplefilter('once')
# Without a registry, "once" uses the module-wide onceregistry
warnings.warn_explicit('msg', UserWarning, 'a.py', 1)
warnings.warn_explicit('msg', UserWarning, 'b.py', 2)
warnings.warn_explicit('msg', RuntimeWarning, 'b.py', 2)
print(sorted((k[0], k[1].__name__) + tuple(k[2:]) if isinstance(k, tuple) else (k,)
             for k in warnings.onceregistry))
print(warnings.onceregistry.get('version'))
# With a registry, "once" is per registry
r1, r2 = {}, {}
warnings.warn_explicit('two', UserWarning, 'a.py', 1, registry=r1)
warnings.warn_explicit('two', UserWarning, 'a.py', 5, registry=r1)
warnings.warn_explicit('two', UserWarning, 'b.py', 1, registry=r2)
print(len(r1), len(r2))
# Changing the filters also resets the onceregistry on its next use
warnings.simplefilter('once')
warnings.warn_explicit('msg', UserWarning, 'a.py', 1)
print(len(warnings.onceregistry))
# onceregistry must be a dict when it is used
warnings.onceregistry = []
try:
    warnings.warn_explicit('q', UserWarning, 'a.py', 1)
except TypeError as e:
    print(type(e).__name__, e)
warnings.onceregistry = {}
warnings.warn_explicit('q', UserWarning, 'a.py', 1)
