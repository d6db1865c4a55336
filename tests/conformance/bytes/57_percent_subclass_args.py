class T(tuple): pass
class D(dict): pass
class DM(dict):
    def __missing__(self, k): return b'miss'
class L(list): pass
for f in [lambda: b'%s-%s' % T((b'a', b'b')), lambda: b'%(a)s' % D({b'a': b'x'}), lambda: b'%(a)s' % DM(),
          lambda: b'abc' % L(), lambda: '%s-%s' % T(('a', 'b')), lambda: '%(a)s' % D({'a': 'x'})]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
