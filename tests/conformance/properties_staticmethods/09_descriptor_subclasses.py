import abc


class classproperty(property):
    def __get__(self, obj, cls):
        return self.fget(cls)


class Config:
    @classproperty
    def name(cls):
        return 'config of ' + cls.__name__


print(Config.name, Config().name)
print(type(Config.__dict__['name']).__name__, isinstance(Config.__dict__['name'], property))


class logged(property):
    """A property that logs reads."""
    def __init__(self, fget, *rest):
        print('init', fget.__name__, len(rest))
        super().__init__(fget, *rest)


class P:
    @logged
    def x(self):
        "the x"
        return self._x

    @x.setter
    def x(self, v):
        print('set', v)
        self._x = v


p = P()
p.x = 5
print(p.x, type(P.__dict__['x']).__name__, P.__dict__['x'].__doc__)
print(P.x is P.__dict__['x'], P.x.fget.__name__, P.x.fset.__name__, P.x.fdel)
try:
    del p.x
except AttributeError as e:
    print('AttributeError', e)


class plain(property):
    pass


class Q:
    def g(self):
        "doc of g"
        return 42
    g = plain(g)
    h = plain(lambda self: 1, doc='explicit')


print(Q().g, Q.g.__doc__, Q.h.__doc__, type(Q.g).__mro__)
try:
    Q().g = 3
except AttributeError as e:
    print('AttributeError', e)


class counted(classmethod):
    calls = 0

    def __get__(self, obj, cls=None):
        counted.calls += 1
        return super().__get__(obj, cls)


class R:
    @counted
    def make(cls):
        return cls.__name__

    @staticmethod
    def s():
        return 's'


class S(R):
    pass


print(R.make(), S.make(), S().make(), counted.calls)
print(R.__dict__['make'].__func__.__name__, isinstance(R.__dict__['make'], classmethod))


class mystatic(staticmethod):
    pass


class T:
    @mystatic
    def helper(a, b):
        return a + b


print(T.helper(1, 2), T().helper(3, 4), T.__dict__['helper'].__func__.__name__)
print(type(T.__dict__['helper']).__name__)


class A(abc.ABC):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print('TypeError', e)


class B(A):
    p = 1
    c = classmethod(lambda cls: 2)
    s = staticmethod(lambda: 3)


b = B()
print(b.p, b.c(), b.s())
x = plain(None)
print(x.fget, x.__isabstractmethod__)
print(plain.__init__ is property.__init__, counted.__init__ is classmethod.__init__)
cm = classmethod(len)
cm.__init__(abs)
print(cm.__func__)
pr = property(len)
pr.__init__(abs, doc='d')
print(pr.fget, pr.__doc__)
q2 = Q.__dict__['g'].getter(lambda self: 7)
print(type(q2).__name__, q2.__doc__)


# Errors quote the name __set_name__ gave the property and the type's qualified name.
class Outer:
    class Inner:
        ro = property(lambda self: 1)


try:
    Outer.Inner().ro = 2
except AttributeError as e:
    print(e)
Outer.Inner.late = property(lambda self: 1)
try:
    Outer.Inner().late = 2
except AttributeError as e:
    print(e)
try:
    del Outer.Inner().ro
except AttributeError as e:
    print(e)
Outer.Inner.alias = Outer.Inner.__dict__['ro']
try:
    Outer.Inner().alias = 2
except AttributeError as e:
    print(e)
renamed = property(None).setter(lambda s, v: None)
renamed.__set_name__(Outer, 'given')
try:
    renamed.__get__(Outer())
except AttributeError as e:
    print(e)
try:
    renamed.__set_name__(Outer)
except TypeError as e:
    print(e)
print(Outer.Inner.__dict__['ro'].setter(None).__set__ is not None)
try:
    Outer.Inner.__dict__['ro'].setter(print).__delete__(Outer.Inner())
except AttributeError as e:
    print(e)

# Errors constructing the subclasses.
for make in (lambda: counted(), lambda: mystatic(1, 2), lambda: counted(f=len), lambda: plain(1, 2, 3, 4, 5)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)


# setter() on a subclass reads the name after the subclass's constructor ran (it may rename).
class RenamingP(property):
    def __init__(self, *a):
        if len(a) > 1:
            orig.__set_name__(None, 'other')   # drops orig's old name while setter() still holds it borrowed
        super().__init__(*a)
def g(self): return 1
orig = RenamingP(g)
orig.__set_name__(None, ''.join(['dyn', 'amic']))   # a name nothing else references
new = orig.setter(g)
print(type(new).__name__)
class K:
    pass


K.x = new
try: del K().x
except AttributeError as e: print(e)
