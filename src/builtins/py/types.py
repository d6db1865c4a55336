"""Names for the interpreter's built-in types, and GenericAlias (`list[int]`)."""

import sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
MappingProxyType = type(type.__dict__) if hasattr(type, "__dict__") else None
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    del _e

del _f, _g, _C


def _type_repr(obj):
    if obj is Ellipsis:
        return "..."
    if hasattr(obj, "__origin__") and hasattr(obj, "__args__"):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    return repr(obj)


class GenericAlias:
    """Represent a PEP 585 generic type

    E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).
    """

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return _type_repr(self.__origin__) + "[" + inner + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


GenericAlias.__module__ = "types"


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_args(obj):
    if isinstance(obj, UnionType):
        return obj.__args__
    return (type(None) if obj is None else obj,)


class UnionType:
    """Represent a PEP 604 union type

    E.g. for int | str
    """

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return " | ".join(
            "None" if a is type(None) else _type_repr(a) for a in self.__args__
        )

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self._checked("isinstance"))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._checked("issubclass"))

    def _checked(self, what):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError(what + "() argument 2 cannot be a parameterized generic")
        return self.__args__


UnionType.__module__ = "types"


def _union_or(a, b):
    """`a | b` for types, None, generic aliases and unions (type.__or__ and friends)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in _union_args(a) + _union_args(b):
        if not any(x is y or (type(x) is type(y) is GenericAlias and x == y) for y in args):
            args.append(x)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(args)
    u.__parameters__ = ()
    return u


GenericAlias.__or__ = lambda self, other: _union_or(self, other)
GenericAlias.__ror__ = lambda self, other: _union_or(other, self)


# Defined with sys.implementation, which is one.
SimpleNamespace = type(sys.implementation)
