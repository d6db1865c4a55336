"""Cellar's implementation of the `grp` module: the Unix group database, read through the C
library's lookups (posix._getgr).

Entries are struct_group 4-tuples (gr_name, gr_passwd, gr_gid, gr_mem), gr_mem being the list
of member names; their items are also attributes. A missing entry raises KeyError."""

import posix as _posix
from operator import index as _index
from os import _structseq

struct_group = _structseq(
    'struct_group',
    ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'),
    doc="grp.struct_group: an entry of the group database, a 4-tuple\n"
        "(gr_name, gr_passwd, gr_gid, gr_mem) whose items are also attributes of these names.")
struct_group.__module__ = 'grp'
struct_group._type_name = 'grp.struct_group'
struct_group._extra = ()  # no attribute-only fields


def _no_attribute(self, name):
    raise AttributeError("'grp.struct_group' object has no attribute '%s'" % name)


struct_group.__getattr__ = _no_attribute
del _no_attribute


def _arg(fname, argname, args, kwargs):
    """The one argument (positional or by keyword) of an Argument Clinic function."""
    n = len(args) + len(kwargs)
    if n > 1:
        raise TypeError("%s() takes at most 1 %sargument (%d given)"
                        % (fname, '' if args else 'keyword ', n))
    if args:
        return args[0]
    if argname in kwargs:
        return kwargs[argname]
    raise TypeError("%s() missing required argument '%s' (pos 1)" % (fname, argname))


def _gid(obj):
    """A gid as CPython converts one: an int (or __index__) that fits a 32-bit gid_t, -1
    standing for 2**32-1."""
    v = None
    if not isinstance(obj, float):
        try:
            v = _index(obj)
        except Exception:
            pass
    if v is None:
        raise TypeError("gid should be integer, not %s" % type(obj).__name__)
    if v == -1:
        return 0xFFFFFFFF
    if v >= 1 << 63:
        raise OverflowError('gid is greater than maximum')
    if not 0 <= v <= 0xFFFFFFFF:
        raise OverflowError('gid is less than minimum')
    return v


def getgrgid(*args, **kwargs):
    """Return the group database entry for the given numeric group ID (KeyError if there is
    none)."""
    gid = _gid(_arg('getgrgid', 'id', args, kwargs))
    t = _posix._getgr(gid)
    if t is None:
        raise KeyError('getgrgid(): gid not found: %d' % (-1 if gid == 0xFFFFFFFF else gid))
    return tuple.__new__(struct_group, t)


def getgrnam(*args, **kwargs):
    """Return the group database entry for the given group name (KeyError if there is
    none)."""
    name = _arg('getgrnam', 'name', args, kwargs)
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument 'name' must be str, not %s"
                        % ('None' if name is None else type(name).__name__))
    if '\0' in name:
        raise ValueError('embedded null byte')
    t = _posix._getgr(name)
    if t is None:
        raise KeyError('getgrnam(): name not found: %r' % name)
    return tuple.__new__(struct_group, t)
