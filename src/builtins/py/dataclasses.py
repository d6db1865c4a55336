"""Data classes: @dataclass, field(), Field, fields(), asdict(), astuple(), replace(),
make_dataclass(), is_dataclass(), InitVar, KW_ONLY, MISSING and FrozenInstanceError.

This is Cellar's implementation of CPython 3.11's dataclasses module. The decorator collects
the fields from the class's own annotations and from its dataclass bases, then writes each
method it adds (__init__, __repr__, __eq__, the orderings, __hash__, the frozen __setattr__ and
__delattr__) as Python source and compiles it with exec, so a generated method is a plain
function as fast as a hand-written one.
"""

import sys
import copy
import types
import abc
from types import FunctionType, GenericAlias

__all__ = [
    "dataclass",
    "field",
    "Field",
    "FrozenInstanceError",
    "InitVar",
    "KW_ONLY",
    "MISSING",
    "fields",
    "asdict",
    "astuple",
    "make_dataclass",
    "replace",
    "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


# The default an __init__ parameter gets when its field has a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class _Slotted:
    __slots__ = ("slot",)


_MemberDescriptorType = getattr(types, "MemberDescriptorType", None) or type(
    _Slotted.__dict__["slot"]
)
del _Slotted

# Field.__repr__ prints "..." for a Field met again while it is being printed.
_field_repr_running = set()


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = (
        "name",
        "type",
        "default",
        "default_factory",
        "repr",
        "hash",
        "init",
        "compare",
        "metadata",
        "kw_only",
        "_field_type",
    )

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        key = id(self)
        if key in _field_repr_running:
            return "..."
        _field_repr_running.add(key)
        try:
            return (
                f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},"
                f"metadata={self.metadata!r},kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})"
            )
        finally:
            _field_repr_running.discard(key)

    def __set_name__(self, owner, name):
        # The Field stands in the class body for its default: pass the call on to it.
        set_name = getattr(type(self.default), "__set_name__", None)
        if set_name:
            set_name(self.default, owner, name)

    __class_getitem__ = classmethod(GenericAlias)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (
            f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
            f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})"
        )


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass: its default (or default_factory) and whether it
    takes part in __init__, __repr__, __hash__ and the comparisons."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations


def _is_classvar(a_type, typing):
    if a_type is typing.ClassVar:
        return True
    alias = getattr(typing, "_GenericAlias", None)
    if alias is None:
        # A typing module without CPython's internals: go by the subscription's origin.
        return getattr(a_type, "__origin__", None) is typing.ClassVar
    return type(a_type) is alias and a_type.__origin__ is typing.ClassVar


def _is_initvar(a_type, module):
    return a_type is module.InitVar or type(a_type) is module.InitVar


def _is_kw_only(a_type, module):
    return a_type is module.KW_ONLY


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _annotation_head(text):
    """Split a string annotation that starts 'name' or 'module.name' into (module, name);
    module is None without a dot, and the result is None when no name starts the text."""
    n = len(text)
    i = 0
    while i < n and text[i].isspace():
        i += 1
    start = i
    while i < n and _is_word_char(text[i]):
        i += 1
    if i == start:
        return None
    first = text[start:i]
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i] == ".":
        i += 1
        while i < n and text[i].isspace():
            i += 1
        start = i
        while i < n and _is_word_char(text[i]):
            i += 1
        if i > start:
            return first, text[start:i]
    return None, first


def _is_type(annotation, cls, a_module, a_type, predicate):
    """Whether the string annotation names a_type of a_module, looked up (as CPython does)
    through the globals of the class's module only."""
    head = _annotation_head(annotation)
    if head is None:
        return False
    module_name, name = head
    ns = None
    if module_name is None:
        ns = sys.modules.get(cls.__module__).__dict__
    else:
        module = sys.modules.get(cls.__module__)
        if module and module.__dict__.get(module_name) is a_module:
            ns = sys.modules.get(a_type.__module__).__dict__
    return bool(ns) and predicate(ns.get(name), a_module)


def _get_field(cls, name, a_type, default_kw_only, this_module):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            # A __slots__ entry, not a default value.
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get("typing")
    if typing:
        if _is_classvar(a_type, typing) or (
            isinstance(a_type, str) and _is_type(a_type, cls, typing, typing.ClassVar, _is_classvar)
        ):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        if _is_initvar(a_type, this_module) or (
            isinstance(a_type, str) and _is_type(a_type, cls, this_module, InitVar, _is_initvar)
        ):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f"field {name} cannot have a default factory")

    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {name} is a ClassVar but specifies kw_only")
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    # An unhashable default is taken to be mutable, and so shared between instances.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(
            f"mutable default {type(f.default)} for field {name} is not allowed: "
            "use default_factory"
        )
    return f


# ---------------------------------------------------------------------------------------
# Method generation


def _compile(name, params, body, closure, globals, annotations=""):
    """Compile `def name(params): body` with the closure's names bound as free variables
    and the globals of the class's module."""
    lines = [f"def __dataclass_make__({', '.join(closure)}):"]
    lines.append(f" def {name}({', '.join(params)}){annotations}:")
    lines.extend("  " + line for line in body)
    lines.append(f" return {name}")
    ns = {}
    exec("\n".join(lines), globals, ns)
    return ns["__dataclass_make__"](**closure)


def _tuple_text(obj, flds):
    if not flds:
        return "()"
    return "(" + ",".join([f"{obj}.{f.name}" for f in flds]) + ",)"


def _init_param(f):
    text = f"{f.name}:__dataclass_type_{f.name}__"
    if f.default is not MISSING:
        return text + f"=__dataclass_dflt_{f.name}__"
    if f.default_factory is not MISSING:
        return text + "=__dataclass_HAS_DEFAULT_FACTORY__"
    return text


def _init_fn(all_fields, std_fields, kw_fields, frozen, has_post_init, self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")

    closure = {f"__dataclass_type_{f.name}__": f.type for f in all_fields}
    closure["__dataclass_HAS_DEFAULT_FACTORY__"] = _HAS_DEFAULT_FACTORY
    closure["__dataclass_builtins_object__"] = object

    body = []
    for f in all_fields:
        name = f.name
        dflt = f"__dataclass_dflt_{name}__"
        if f.default_factory is not MISSING:
            closure[dflt] = f.default_factory
            if f.init:
                value = f"{dflt}() if {name} is __dataclass_HAS_DEFAULT_FACTORY__ else {name}"
            else:
                value = f"{dflt}()"
        elif f.init:
            if f.default is not MISSING:
                closure[dflt] = f.default
            value = name
        elif slots and f.default is not MISSING:
            # Slots leave no class attribute to fall back on: store the default.
            closure[dflt] = f.default
            value = dflt
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})")
        else:
            body.append(f"{self_name}.{name}={value}")

    if has_post_init:
        initvars = ",".join([f.name for f in all_fields if f._field_type is _FIELD_INITVAR])
        body.append(f"{self_name}.{_POST_INIT_NAME}({initvars})")
    if not body:
        body.append("pass")

    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_fields:
        params.append("*")
        params.extend(_init_param(f) for f in kw_fields)
    return _compile("__init__", params, body, closure, globals, " -> None")


def _repr_fn(flds, globals):
    text = ", ".join([f"{f.name}={{self.{f.name}!r}}" for f in flds])
    body = [
        "key = __dataclass_id__(self)",
        "if key in __dataclass_running__:",
        " return '...'",
        "__dataclass_running__.add(key)",
        "try:",
        f' return self.__class__.__qualname__ + f"({text})"',
        "finally:",
        " __dataclass_running__.discard(key)",
    ]
    closure = {"__dataclass_running__": set(), "__dataclass_id__": id}
    return _compile("__repr__", ("self",), body, closure, globals)


def _cmp_fn(name, op, flds, globals):
    body = [
        "if other.__class__ is self.__class__:",
        f" return {_tuple_text('self', flds)}{op}{_tuple_text('other', flds)}",
        "return NotImplemented",
    ]
    return _compile(name, ("self", "other"), body, {}, globals)


def _hash_fn(flds, globals):
    body = [f"return hash({_tuple_text('self', flds)})"]
    return _compile("__hash__", ("self",), body, {}, globals)


def _frozen_fns(cls, flds, globals):
    names = "(" + "".join([f"{f.name!r}," for f in flds]) + ")"
    closure = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    setattr_fn = _compile(
        "__setattr__",
        ("self", "name", "value"),
        [
            f"if type(self) is cls or name in {names}:",
            ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
            "super(cls, self).__setattr__(name, value)",
        ],
        closure,
        globals,
    )
    delattr_fn = _compile(
        "__delattr__",
        ("self", "name"),
        [
            f"if type(self) is cls or name in {names}:",
            ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
            "super(cls, self).__delattr__(name)",
        ],
        closure,
        globals,
    )
    return setattr_fn, delattr_fn


def _set_qualname(cls, value):
    if isinstance(value, FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _set_new_attribute(cls, name, value):
    """Add a generated attribute unless the class defines its own; True if it does."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


# ---------------------------------------------------------------------------------------
# The class docstring: the class name followed by what inspect.signature(cls) would print.


def _format_annotation(annotation):
    if getattr(annotation, "__module__", None) == "typing":
        return _strip_typing_prefixes(repr(annotation))
    if isinstance(annotation, GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _strip_typing_prefixes(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        if _is_word_char(text[i]) or text[i] == ".":
            j = i
            while j < n and (_is_word_char(text[j]) or text[j] == "."):
                j += 1
            out.append(text[i:j].removeprefix("typing."))
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


_NO_VALUE = object()


def _function_signature(fn):
    """The signature text of a Python function bound to its first argument, or None where
    inspect would refuse it."""
    code = fn.__code__
    nargs = code.co_argcount
    nposonly = getattr(code, "co_posonlyargcount", 0)
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    flags = getattr(code, "co_flags", 0)
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    annotations = getattr(fn, "__annotations__", None) or {}

    # (kind, name, default); kinds: 0 positional-only, 1 positional, 2 *args, 3 kw-only, 4 **kw
    params = []
    first_default = nargs - len(defaults)
    for i in range(nargs):
        default = defaults[i - first_default] if i >= first_default else _NO_VALUE
        params.append((0 if i < nposonly else 1, names[i], default))
    pos = nargs + nkwonly
    if flags & 0x04:
        params.append((2, names[pos], _NO_VALUE))
        pos += 1
    for i in range(nargs, nargs + nkwonly):
        params.append((3, names[i], kwdefaults.get(names[i], _NO_VALUE)))
    if flags & 0x08:
        params.append((4, names[pos], _NO_VALUE))

    if not params or params[0][0] in (3, 4):
        return None
    if params[0][0] != 2:
        del params[0]

    parts = []
    slash_pending = False
    star_needed = True
    for kind, name, default in params:
        text = name
        annotation = annotations.get(name, _NO_VALUE)
        if annotation is not _NO_VALUE:
            text += ": " + _format_annotation(annotation)
        if default is not _NO_VALUE:
            text += (" = " if annotation is not _NO_VALUE else "=") + repr(default)
        if kind == 2:
            text = "*" + text
        elif kind == 4:
            text = "**" + text
        if kind == 0:
            slash_pending = True
        elif slash_pending:
            parts.append("/")
            slash_pending = False
        if kind == 2:
            star_needed = False
        elif kind == 3 and star_needed:
            parts.append("*")
            star_needed = False
        parts.append(text)
    if slash_pending:
        parts.append("/")
    result = "(" + ", ".join(parts) + ")"
    if "return" in annotations:
        result += " -> " + _format_annotation(annotations["return"])
    return result


def _user_function(owner, name):
    fn = getattr(owner, name, None)
    return fn if isinstance(fn, FunctionType) else None


def _class_signature(cls):
    fn = _user_function(type(cls), "__call__")
    if fn is not None and fn is getattr(abc.ABCMeta, "__call__", None):
        # Cellar's ABCMeta has a Python __call__ where CPython's has none: look past it.
        fn = None
    if fn is None:
        new = _user_function(cls, "__new__")
        init = _user_function(cls, "__init__")
        for base in cls.__mro__:
            if new is not None and "__new__" in base.__dict__:
                fn = new
                break
            if init is not None and "__init__" in base.__dict__:
                fn = init
                break
    if fn is None:
        if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
            return "()"
        return ""
    text = _function_signature(fn)
    return "" if text is None else text.replace(" -> None", "")


# ---------------------------------------------------------------------------------------
# The decorator


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    this_module = sys.modules[__name__]

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # The fields of dataclass bases, the most basic first, so a subclass's field keeps the
    # place of the base field it overrides.
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type, this_module) or (
            isinstance(a_type, str) and _is_type(a_type, cls, this_module, KW_ONLY, _is_kw_only)
        ):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only, this_module))

    for f in cls_fields:
        fields[f.name] = f
        # Leave the plain default (or nothing) as the class attribute, not the Field.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    # A __hash__ of None next to an __eq__ in the class body is Python's doing, not the user's.
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (
        class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__)
    )

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type is not _FIELD_CLASSVAR]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _set_new_attribute(
            cls,
            "__init__",
            _init_fn(all_init_fields, std_init_fields, kw_init_fields, frozen, has_post_init,
                     self_name, globals, slots),
        )

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn([f for f in field_list if f.repr], globals))

    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_fn("__eq__", "==", compared, globals))

    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, compared, globals)):
                raise TypeError(
                    f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                    "Consider using functools.total_ordering"
                )

    if frozen:
        for fn in _frozen_fns(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")

    # The __hash__ rules: unsafe_hash adds one (refusing to replace the class's own); else
    # eq with frozen adds one, eq alone makes instances unhashable, and the rest inherit.
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        add_hash = True
    else:
        add_hash = eq and frozen and not has_explicit_hash
        if eq and not frozen and not has_explicit_hash:
            cls.__hash__ = None
    if add_hash:
        hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _hash_fn(hashed, globals))

    if not getattr(cls, "__doc__"):
        cls.__doc__ = cls.__name__ + _class_signature(cls)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple([f.name for f in std_init_fields]))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, "__next__"):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return slots


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ only works when given to type(): build the class again.
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in fields(cls)])
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + ("__weakref__",) if weakref_slot else field_names
    cls_dict["__slots__"] = tuple([name for name in wanted if name not in inherited])
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)

    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname

    if is_frozen:
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Turn the annotated class attributes of a class into fields and add the methods they
    call for; usable as @dataclass or @dataclass(option=...)."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------------------
# Helper functions


def fields(class_or_instance):
    """The Field objects of a dataclass or dataclass instance, in definition order."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([f for f in flds.values() if f._field_type is _FIELD])


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


# Types whose deep copy is the object itself: asdict and astuple skip copy.deepcopy for them.
_ATOMIC_TYPES = frozenset(
    [type(None), bool, int, float, complex, str, bytes, type(Ellipsis), type(NotImplemented)]
)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (made by dict_factory from a list of
    (name, value) pairs), recursing into dataclasses, lists, tuples and dicts; other values
    are deep-copied."""
    if not hasattr(type(obj), _FIELDS):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    cls = type(obj)
    if cls in _ATOMIC_TYPES:
        return obj
    if hasattr(cls, _FIELDS):
        return dict_factory(
            [(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)]
        )
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return cls(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return cls(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return cls(
            (_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
            for k, v in obj.items()
        )
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple (made by tuple_factory from a
    list), recursing like asdict()."""
    if not hasattr(type(obj), _FIELDS):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    cls = type(obj)
    if cls in _ATOMIC_TYPES:
        return obj
    if hasattr(cls, _FIELDS):
        return tuple_factory(
            [_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)]
        )
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return cls(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return cls(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return cls(
            (_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
            for k, v in obj.items()
        )
    return copy.deepcopy(obj)


_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else "
    "except finally for from global if import in is lambda nonlocal not or pass raise "
    "return try while with yield".split()
)


def _new_class(name, bases, exec_body):
    """Create a class as a class statement would (what types.new_class does)."""
    resolved = []
    changed = False
    for base in bases:
        if not isinstance(base, type):
            entries = getattr(base, "__mro_entries__", None)
            if entries is not None:
                new_bases = entries(bases)
                if not isinstance(new_bases, tuple):
                    raise TypeError("__mro_entries__ must return a tuple")
                resolved.extend(new_bases)
                changed = True
                continue
        resolved.append(base)
    resolved = tuple(resolved)

    meta = type(resolved[0]) if resolved else type
    if isinstance(meta, type):
        for base in resolved:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError(
                "metaclass conflict: the metaclass of a derived class must be a "
                "(non-strict) subclass of the metaclasses of all its bases"
            )
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, resolved) if prepare is not None else {}
    exec_body(ns)
    if changed:
        ns["__orig_bases__"] = bases
    if "__module__" not in ns and not any(
        "__new__" in m.__dict__ for m in meta.__mro__ if m is not type and m is not object
    ):
        # type() takes __module__ from the frame that calls it: in CPython that is
        # types.new_class, unless a metaclass __new__ written in Python makes the call.
        ns["__module__"] = "types"
    return meta(name, resolved, ns)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name; each item of fields is 'name', (name, type) or
    (name, type, Field), the type defaulting to the string 'typing.Any'."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = _new_class(cls_name, bases, exec_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the given fields changed; the rest are read
    from obj and __init__ (and __post_init__) run again."""
    if not hasattr(type(obj), _FIELDS):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    f"field {f.name} is declared with init=False, it cannot be specified "
                    "with replace()"
                )
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
