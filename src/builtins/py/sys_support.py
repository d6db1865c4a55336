"""The Python half of Cellar's `sys` module, run in its namespace: the named tuples CPython
describes its build with (`version_info`, `float_info`, `int_info`, `hash_info`, `flags`)
and the constants around them."""


class _StructSeq(tuple):
    """A tuple with named, read-only fields, as CPython's struct sequences are: one shared
    class, so each kind costs only its own small subclass."""

    __slots__ = ()

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self[fields.index(name)]
        raise AttributeError("'sys.%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __repr__(self):
        parts = ", ".join("%s=%r" % (n, v) for n, v in zip(type(self)._fields, self))
        return "sys.%s(%s)" % (type(self).__name__, parts)

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _no_new(cls, *args, **kwargs):
    raise TypeError("cannot create 'sys.%s' instances" % cls.__name__)


def _structseq(name, fields, values):
    """The one instance of a new struct sequence type; the type cannot make another."""
    cls = type(name, (_StructSeq,), {"__slots__": (), "_fields": fields, "n_fields": len(fields),
                                      "n_sequence_fields": len(fields), "n_unnamed_fields": 0,
                                      "__module__": "sys"})
    obj = tuple.__new__(cls, values)
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
     2.220446049250313e-16, 2, 1))
float_repr_style = "short"
int_info = _structseq(
    "int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
    (30, 4, 4300, 640))
hash_info = _structseq(
    "hash_info",
    ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"),
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
flags = _structseq(
    "flags",
    ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
     "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
     "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
     "safe_path", "int_max_str_digits"),
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
byteorder = "little"
maxunicode = 0x10FFFF
platform = "linux"
warnoptions = []
dont_write_bytecode = False
__stdout__ = stdout
__stderr__ = stderr


def getdefaultencoding():
    """Return the current default encoding used by the Unicode implementation."""
    return "utf-8"


def getfilesystemencoding():
    """Return the encoding used to convert Unicode filenames to OS filenames."""
    return "utf-8"


def getfilesystemencodeerrors():
    """Return the error mode used Unicode to OS filename conversion."""
    return "surrogateescape"


del _structseq
