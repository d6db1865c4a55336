"""The Python half of Cellar's `sys` module, run in its namespace: the named tuples CPython
describes its build with (`version_info`, `float_info`, `int_info`, `hash_info`, `flags`)
and the constants around them."""


from _collections import _tuplegetter


class _StructSeq(tuple):
    """A tuple with named, read-only fields, as CPython's struct sequences are: one shared
    class, so each kind costs only its own small subclass (whose fields are properties)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        # structseq(sequence, dict=None), for the kinds that may be made again (float_info...)
        name = "sys." + cls.__name__
        if len(args) + len(kwargs) > 2:
            raise TypeError("structseq() takes at most 2 arguments (%d given)"
                            % (len(args) + len(kwargs)))
        if args:
            sequence = args[0]
        elif "sequence" in kwargs:
            sequence = kwargs["sequence"]
        else:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        d = args[1] if len(args) > 1 else kwargs.get("dict")
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if d is not None and not isinstance(d, dict):
            raise TypeError("%s() takes a dict as second arg, if any" % name)
        if len(items) != cls.n_fields:
            raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                            % (name, cls.n_fields, len(items)))
        return tuple.__new__(cls, items)

    def __getattr__(self, name):
        raise AttributeError("'sys.%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        if name in type(self).__match_args__:
            raise AttributeError("readonly attribute")
        raise AttributeError("'sys.%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __repr__(self):
        parts = ", ".join("%s=%r" % (n, v) for n, v in zip(type(self).__match_args__, self))
        return "sys.%s(%s)" % (type(self).__name__, parts)

    def __reduce__(self):
        return (type(self), (tuple(self), {}))


def _no_new(cls, *args, **kwargs):
    raise TypeError("cannot create 'sys.%s' instances" % cls.__name__)


def _structseq(name, fields, values, creatable=False):
    """The one instance of a new struct sequence type; unless `creatable`, the type cannot
    make another (as sys.version_info's and sys.flags' cannot)."""
    ns = {"__slots__": (), "__match_args__": fields, "n_fields": len(fields),
          "n_sequence_fields": len(fields), "n_unnamed_fields": 0, "__module__": "sys"}
    for i, field in enumerate(fields):
        ns[field] = _tuplegetter(i, None)
    cls = type(name, (_StructSeq,), ns)
    obj = tuple.__new__(cls, values)
    if not creatable:
        cls.__new__ = _no_new
    return obj


version_info = _structseq(
    "version_info", ("major", "minor", "micro", "releaselevel", "serial"),
    (3, 11, 7, "final", 0))
hexversion = 0x030B07F0
api_version = 1013
float_info = _structseq(
    "float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1), creatable=True)
float_repr_style = "short"
int_info = _structseq(
    "int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
    (30, 4, 4300, 640), creatable=True)
hash_info = _structseq(
    "hash_info",
    ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"),
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0), creatable=True)
flags = _structseq(
    "flags",
    ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
     "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
     "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
     "safe_path", "int_max_str_digits"),
    # utf8_mode is 1: Cellar always uses UTF-8, as CPython does under -X utf8.
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1))
byteorder = "little"
maxunicode = 0x10FFFF
platform = "linux"
warnoptions = []
dont_write_bytecode = False
__stdin__ = stdin
__stdout__ = stdout
__stderr__ = stderr


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""
    # types.SimpleNamespace is this class; it lives here because sys.implementation is one.

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is __class__ else type(self).__name__
        key = id(self)
        running = __class__._repr_running
        if key in running:
            return name + "(...)"
        running.add(key)
        try:
            parts = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        finally:
            running.discard(key)
        return "%s(%s)" % (name, parts)

    def __eq__(self, other):
        if isinstance(self, __class__) and isinstance(other, __class__):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


SimpleNamespace._repr_running = set()
SimpleNamespace.__module__ = "types"
# Cellar is not CPython: programs that test for 'cpython' to reach its internals stay away.
implementation = SimpleNamespace(name='cellar', cache_tag=None, version=version_info,
                                 hexversion=hexversion, _multiarch='x86_64-linux-gnu')


__excepthook__ = excepthook


def getdefaultencoding():
    """Return the current default encoding used by the Unicode implementation."""
    return "utf-8"


def getfilesystemencoding():
    """Return the encoding used to convert Unicode filenames to OS filenames."""
    return "utf-8"


def getfilesystemencodeerrors():
    """Return the error mode used Unicode to OS filename conversion."""
    return "surrogateescape"


del _structseq, _no_new, _StructSeq, _tuplegetter, SimpleNamespace
