class C:
    def g(self):
        'getter doc'
        return 1
    p = property(g)
    q = property(g, doc='explicit')
    r = property(doc='only doc')
    s = property(fget=g)
    @property
    def t(self): return 2
    u = p.setter(lambda s, v: None)
    def g2(self):
        'second getter'
    v = p.getter(g2)
    w = q.getter(g2)
print(C.p.__doc__, C.q.__doc__, C.r.__doc__, C.s.__doc__, C.t.__doc__, C.u.__doc__, C.v.__doc__, C.w.__doc__)
print(C().p, C().s)
try: property(1, 2, 3, 4, 5)
except TypeError as e: print(e)
try: property(bad=1)
except TypeError as e: print(e)
C.p.__doc__ = 'set'; print(C.p.__doc__)
print(property.__doc__[:20])
