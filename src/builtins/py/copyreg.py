"""Helpers for copy and pickle, written for Cellar: the reduction of plain objects
(object.__reduce_ex__ calls _object_reduce_ex here) and the table of reduction functions
registered for types (pickle, dispatch_table)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

import sys as _sys
dispatch_table = {}
copyreg_module = _sys


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function` as the reduction function for objects of `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (private ones mangled), cached on
    the class as __slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = f'_{stripped}{name}'
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# The kinds of object that have no state Python code can rebuild them from.
_UNPICKLABLE = frozenset(['generator', 'module', 'frame', 'code', 'coroutine', 'cell',
                          'traceback', 'list_iterator', 'tuple_iterator', 'range_iterator',
                          'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator',
                          'set_iterator', 'str_ascii_iterator', 'str_iterator'])


def _object_getstate(obj, required=False):
    """object.__getstate__(): the instance dict (None when empty or absent), paired with a
    dict of the set slots when there are any."""
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        d = None
    state = d if d else None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = object.__getattribute__(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _instance_dict(obj):
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return None
    return d or None


# Variable-sized builtin types (CPython's tp_itemsize) word the refusal differently.
_VARSIZED = frozenset(['memoryview'])
_method = type(_UNPICKLABLE.__contains__)
_bound_method = type(pickle.__get__(0))


def _builtin_reduce(obj, cls):
    """The reductions CPython's builtin types define for themselves, or None."""
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), _instance_dict(obj)
    if isinstance(obj, bytearray):
        return cls, (bytes(obj),), _instance_dict(obj)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if cls is _bound_method:
        return getattr, (obj.__self__, obj.__func__.__name__)
    if cls is _method and not isinstance(obj.__self__, type(copyreg_module)):
        return getattr, (obj.__self__, obj.__name__)
    return None


def _object_reduce_ex(obj, protocol):
    """object.__reduce_ex__(protocol): a class's own __reduce__ when it has one, else the
    reduction through __new__ (protocol 2 and up) or _reconstructor (0 and 1)."""
    cls = type(obj)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    builtin = _builtin_reduce(obj, cls)
    if builtin is not None:
        return builtin
    if protocol < 2:
        return _reduce_ex(obj, protocol)
    name = cls.__name__
    if name in _UNPICKLABLE and cls.__module__ == 'builtins':
        raise TypeError(f"cannot pickle {name!r} object")
    if name in _VARSIZED and cls.__module__ == 'builtins':
        raise TypeError(f"cannot pickle {name} objects")
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        r = getnewargs_ex()
        if not isinstance(r, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(r).__name__}'")
        if len(r) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(r)}")
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            f"a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            f"a dict, not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(
                    f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
        else:
            args = ()
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return (__newobj__, (cls,) + args, state, listitems, dictitems)


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1: the nearest builtin base rebuilds the value."""
    cls = self.__class__
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & (1 << 9):
            break
        new = base.__new__
        if isinstance(new, type(object.__new__)) and new.__self__ is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        dict = None
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    key = (module, name)
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
