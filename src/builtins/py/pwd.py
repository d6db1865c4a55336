"""Cellar's implementation of the `pwd` module: the Unix password database, read through the
C library's lookups (posix._getpw).

Entries are struct_passwd 7-tuples (pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir,
pw_shell) whose items are also attributes; a missing entry raises KeyError."""

import posix as _posix
from operator import index as _index
from os import _structseq

struct_passwd = _structseq(
    'struct_passwd',
    ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'),
    doc="pwd.struct_passwd: an entry of the password database, a 7-tuple\n"
        "(pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell) whose items are\n"
        "also attributes of these names.")
struct_passwd.__module__ = 'pwd'
struct_passwd._type_name = 'pwd.struct_passwd'
struct_passwd._extra = ()  # no attribute-only fields


def _no_attribute(self, name):
    raise AttributeError("'pwd.struct_passwd' object has no attribute '%s'" % name)


struct_passwd.__getattr__ = _no_attribute
del _no_attribute


def _one(fname, args, kwargs):
    """The single positional argument of a C function taking exactly one."""
    if kwargs:
        raise TypeError("pwd.%s() takes no keyword arguments" % fname)
    if len(args) != 1:
        raise TypeError("pwd.%s() takes exactly one argument (%d given)" % (fname, len(args)))
    return args[0]


def _uid(obj):
    """A uid as CPython converts one: an int (or __index__) that fits a 32-bit uid_t, -1
    standing for 2**32-1; returns None when it does not fit."""
    v = None
    if not isinstance(obj, float):
        try:
            v = _index(obj)
        except Exception:
            pass
    if v is None:
        raise TypeError("uid should be integer, not %s" % type(obj).__name__)
    if v == -1:
        return 0xFFFFFFFF
    return v if 0 <= v <= 0xFFFFFFFF else None


def getpwuid(*args, **kwargs):
    """Return the password database entry for the given numeric user ID."""
    uid = _uid(_one('getpwuid', args, kwargs))
    t = None if uid is None else _posix._getpw(uid)
    if t is None:
        if uid is None:
            raise KeyError('getpwuid(): uid not found')
        raise KeyError('getpwuid(): uid not found: %d' % (-1 if uid == 0xFFFFFFFF else uid))
    return tuple.__new__(struct_passwd, t)


def getpwnam(*args, **kwargs):
    """Return the password database entry for the given user name."""
    name = _one('getpwnam', args, kwargs)
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s"
                        % ('None' if name is None else type(name).__name__))
    if '\0' in name:
        raise ValueError('embedded null byte')
    t = _posix._getpw(name)
    if t is None:
        raise KeyError('getpwnam(): name not found: %r' % name)
    return tuple.__new__(struct_passwd, t)
