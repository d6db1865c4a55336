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
    """How a generic alias shows one of its arguments."""
    if obj is Ellipsis:
        return "..."
    if hasattr(obj, "__origin__") and hasattr(obj, "__args__"):
        return repr(obj)
    try:
        qualname = obj.__qualname__
        module = obj.__module__
    except AttributeError:
        return repr(obj)
    if module == "builtins":
        return qualname
    return "%s.%s" % (module, qualname)


# What an alias answers itself; every other attribute is its origin's (list[int].__doc__).
_ALIAS_OWN = ("__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
              "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
              "__reduce__", "__copy__", "__deepcopy__")


def _alias_parameters(args):
    """The type variables an alias's arguments hold, each once, in order of appearance."""
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, "__typing_subst__"):
            if not any(p is a for p in params):
                params.append(a)
            continue
        sub = getattr(a, "__parameters__", None)
        if isinstance(sub, tuple):
            for p in sub:
                if not any(q is p for q in params):
                    params.append(p)
    return tuple(params)


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, "__typing_is_unpacked_typevartuple__", False)


def _substitute(obj, params, items):
    """obj with the type variables params replaced by items (list[T] with T=int: list[int])."""
    sub = getattr(obj, "__parameters__", None)
    if not isinstance(sub, tuple) or not sub:
        return obj
    args = []
    for p in sub:
        value = items[params.index(p)]
        if isinstance(value, tuple) and _is_unpacked_typevartuple(p):
            args.extend(value)
        else:
            args.append(value)
    return obj[tuple(args)]


class GenericAlias:
    """Represent a PEP 585 generic type

    E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).
    """

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("GenericAlias() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("GenericAlias expected 2 arguments, got %d" % len(args))
        origin, params = args
        if not isinstance(params, tuple):
            params = (params,)
        self = object.__new__(cls)
        own = object.__setattr__
        own(self, "__origin__", origin)
        own(self, "__args__", params)
        own(self, "__unpacked__", False)
        own(self, "__parameters__", _alias_parameters(params))
        return self

    def __getattribute__(self, name):
        if name in _ALIAS_OWN:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "__origin__"), name)

    def __setattr__(self, name, value):
        if name in _ALIAS_OWN:
            raise AttributeError("readonly attribute")
        raise AttributeError("'%s.%s' object has no attribute '%s'"
                             % (type(self).__module__, type(self).__qualname__, name))

    def __repr__(self):
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        star = "*" if self.__unpacked__ else ""
        return star + _type_repr(self.__origin__) + "[" + inner + "]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (self,))
        for p in params:
            prepare = getattr(p, "__typing_prepare_subst__", None)
            if prepare is not None:
                item = prepare(self, item if isinstance(item, tuple) else (item,))
        items = item if isinstance(item, tuple) else (item,)
        if len(items) != len(params):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(items) > len(params) else "few", self,
                               len(items), len(params)))
        args = []
        for a in self.__args__:
            if isinstance(a, type):
                args.append(a)
                continue
            unpack = _is_unpacked_typevartuple(a)
            subst = getattr(a, "__typing_subst__", None)
            if subst is not None:
                a = subst(items[params.index(a)])
            else:
                a = _substitute(a, params, items)
            if unpack:
                args.extend(a)
            else:
                args.append(a)
        result = GenericAlias(self.__origin__, tuple(args))
        object.__setattr__(result, "__unpacked__", self.__unpacked__)
        return result

    def __iter__(self):
        starred = GenericAlias(self.__origin__, self.__args__)
        object.__setattr__(starred, "__unpacked__", True)
        yield starred

    @property
    def __typing_unpacked_tuple_args__(self):
        if self.__unpacked__ and self.__origin__ is tuple:
            return self.__args__
        return None

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        if self.__unpacked__ != other.__unpacked__:
            return False
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return (type(self), (self.__origin__, self.__args__))

    def __dir__(self):
        names = dir(self.__origin__)
        return names + [n for n in _ALIAS_OWN if n not in names]


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
