import warnings


def show(reg):
    return sorted(repr((k if isinstance(k, str) else (k[0], k[1].__name__) + tuple(k[2:]), v))
                  for k, v in reg.items())


warnings.showwarning = lambda *a, **k: print('  shown:', a[0])
warnings.simplefilter('default')
print('__warningregistry__' in globals())
warnings.warn('once here')
print(show(__warningregistry__))
warnings.warn('once here')
print(show(__warningregistry__))
for i in range(2):
    warnings.warn('loop')
print(show(__warningregistry__))

# Changing the filters bumps the version: the registry is cleared on the next warning
warnings.simplefilter('module')
print(show(__warningregistry__))
warnings.warn('mod')
warnings.warn('mod')
print(show(__warningregistry__))
warnings.simplefilter('once')
warnings.warn('onc')
warnings.warn('onc')
print(show(__warningregistry__))
print(warnings.onceregistry)
warnings.simplefilter('always')
warnings.warn('alw')
warnings.warn('alw')
print(show(__warningregistry__))
warnings.simplefilter('ignore')
warnings.warn('ign')
print(show(__warningregistry__))
# a false value in the registry does not suppress
warnings.simplefilter('default')
for i in range(2):
    warnings.warn('x')
    if i == 0:
        key = [k for k in __warningregistry__ if k != 'version' and k[0] == 'x'][0]
        __warningregistry__[key] = 0
print(show(__warningregistry__))
# a registry whose version is not an int is reset
__warningregistry__['version'] = '7'
warnings.warn('y')
print(show(__warningregistry__))
