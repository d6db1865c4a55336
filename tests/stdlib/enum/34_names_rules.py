from enum import Enum


def attempt(make):
    try:
        cls = make()
        print('ok', list(cls.__members__))
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


def sunder():
    class E(Enum):
        _reserved_ = 1
    return E


def allowed_sunder():
    class E(Enum):
        _missing_ = classmethod(lambda cls, v: None)
        A = 1
    return E


def mro_name():
    class E(Enum):
        mro = 1
    return E


def dup():
    class E(Enum):
        A = 1
        A = 2
    return E


def member_then_method():
    class E(Enum):
        A = 1

        def A(self):
            pass
    return E


def method_then_member():
    class E(Enum):
        def A(self):
            pass
        A = 1
    return E


def private():
    class E(Enum):
        __secret = 5
        _E__other = 6
        __dunder__ = 7
        _single = 8
        A = 1
    print(E._E__secret, E._E__other, E.__dunder__, repr(E._single))
    return E


def dunder_only():
    class E(Enum):
        __doc__ = 'doc'
        __weird__ = 3
    print(E.__doc__, E.__weird__)
    return E


def descriptors():
    class E(Enum):
        A = 1
        p = property(lambda self: 'prop')
        s = staticmethod(lambda: 'static')
        c = classmethod(lambda cls: cls.__name__)
    print(E.A.p, E.s(), E.c())
    return E


def underscore_names():
    class E(Enum):
        _ = 1
        __ = 2
        ___ = 3
        _x = 4
    return E


for f in (sunder, allowed_sunder, mro_name, dup, member_then_method, method_then_member,
          private, dunder_only, descriptors, underscore_names):
    print(f.__name__, end=': ')
    attempt(f)
