"""Cellar's `os`: the portable operating-system interface of CPython 3.11 on Linux, written over
Cellar's native `posix` module (files and directories, stat results, the environment, file
descriptors, walk and scandir). `os.path` is `posixpath`."""

import abc
import sys
import posix as _posix
import posixpath as path
from posixpath import _fspath, _path_arg
from _argclinic import check as _clinic_error
from _collections_abc import Mapping, MutableMapping, _check_methods
from types import GenericAlias

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
supports_bytes_environ = True

error = OSError

F_OK = _posix.F_OK
R_OK = _posix.R_OK
W_OK = _posix.W_OK
X_OK = _posix.X_OK
O_RDONLY = _posix.O_RDONLY
O_WRONLY = _posix.O_WRONLY
O_RDWR = _posix.O_RDWR
O_APPEND = _posix.O_APPEND
O_CREAT = _posix.O_CREAT
O_EXCL = _posix.O_EXCL
O_TRUNC = _posix.O_TRUNC
O_NOFOLLOW = _posix.O_NOFOLLOW
O_CLOEXEC = _posix.O_CLOEXEC
TMP_MAX = 238328
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = [
    "altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name", "path",
    "devnull", "extsep", "SEEK_SET", "SEEK_CUR", "SEEK_END", "error", "F_OK", "R_OK", "W_OK",
    "X_OK", "O_RDONLY", "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT", "O_EXCL", "O_TRUNC",
    "O_NOFOLLOW", "O_CLOEXEC", "getcwd", "getcwdb", "chdir", "listdir", "scandir", "DirEntry",
    "mkdir", "makedirs", "rmdir", "removedirs", "remove", "unlink", "rename", "renames",
    "replace", "stat", "lstat", "fstat", "stat_result", "chmod", "access", "readlink", "symlink",
    "utime", "walk", "getpid", "getppid", "getuid", "getgid", "umask", "urandom", "strerror",
    "cpu_count", "environ", "environb", "getenv", "getenvb", "putenv", "unsetenv",
    "get_exec_path", "fspath", "fsencode", "fsdecode", "open", "close", "read",
    "write", "isatty", "fdopen", "get_terminal_size", "terminal_size",
    "supports_bytes_environ", "TMP_MAX", "link", "chown", "statvfs", "fstatvfs", "statvfs_result",
    "truncate", "ftruncate", "fsync", "mkfifo",
]


def _errno_error(code, *filenames):
    return OSError(code, _posix.strerror(code), *filenames)


# ---------------------------------------------------------------------------------------------
# Struct sequences: tuples whose items also have names (stat_result, terminal_size).

_dict = dict


class _StructSeq(tuple):
    """A tuple of `n_sequence_fields` items with named fields; the further fields (attributes
    only, as in CPython's structseq) are kept in `_extra`."""

    def __new__(cls, sequence=None, dict=None):
        if sequence is None:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        name = cls._type_name
        if dict is not None and not isinstance(dict, _dict):
            raise TypeError("%s() takes a dict as second arg, if any" % name)
        n, low, high = len(items), cls.n_sequence_fields, cls.n_fields
        if low == high and n != low:
            raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (name, low, n))
        if n < low:
            raise TypeError("%s() takes an at least %d-sequence (%d-sequence given)"
                            % (name, low, n))
        if n > high:
            raise TypeError("%s() takes an at most %d-sequence (%d-sequence given)"
                            % (name, high, n))
        extra = list(items[low:])
        for field in cls._extra_fields[len(extra):]:
            extra.append(None if dict is None else dict.get(field))
        self = tuple.__new__(cls, items[:low])
        object.__setattr__(self, '_extra', tuple(extra))
        return self

    def __repr__(self):
        names = self._repr_names
        return "%s(%s)" % (self._type_name,
                           ", ".join("%s=%r" % (names[i], v) for i, v in enumerate(self)))

    def __reduce__(self):
        return (type(self), (tuple(self), _dict(zip(self._extra_fields, self._extra))))

    def __setattr__(self, name, value):
        if name in self._all_names:
            raise AttributeError("readonly attribute")
        raise AttributeError("'%s' object has no attribute '%s'" % (self._type_name, name))

    def __delattr__(self, name):
        self.__setattr__(name, None)


def _item(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _extra(i):
    return property(lambda self: self._extra[i])


def _structseq(qualname, fields, extra_fields=(), unnamed=0, doc=None, body=None):
    """A struct-sequence class: `fields` are the tuple items, the last `unnamed` of which
    have no attribute (a repr shows them under the first extra fields' names, as CPython's
    does); `extra_fields` are attributes only."""
    named = fields[:len(fields) - unnamed]
    ns = {
        '__module__': 'os',
        '__qualname__': qualname,
        '__doc__': doc,
        '_type_name': 'os.' + qualname,
        'n_sequence_fields': len(fields),
        'n_fields': len(fields) + len(extra_fields),
        'n_unnamed_fields': unnamed,
        '_extra_fields': extra_fields,
        '_all_names': frozenset(named + extra_fields),
        '_repr_names': (named + extra_fields)[:len(fields)],
        '__match_args__': named,
    }
    for i, field in enumerate(named):
        ns[field] = _item(i)
    for i, field in enumerate(extra_fields):
        ns[field] = _extra(i)
    if body:
        ns.update(body)
    return type(qualname, (_StructSeq,), ns)


def _stat_new(cls, sequence=None, dict=None):
    self = _StructSeq.__new__(cls, sequence, dict)
    extra = self._extra
    if None in extra[:3]:
        # A float time that was not given is the whole-seconds item.
        times = tuple(self[7 + i] if extra[i] is None else extra[i] for i in range(3))
        object.__setattr__(self, '_extra', times + extra[3:])
    return self


stat_result = _structseq(
    'stat_result',
    ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
     'st_atime_int', 'st_mtime_int', 'st_ctime_int'),
    ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
     'st_blksize', 'st_blocks', 'st_rdev'),
    unnamed=3,
    doc="stat_result: Result from stat, fstat, or lstat.\n\n"
        "This object may be accessed either as a tuple of\n"
        "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
        "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
        "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
        "or st_flags, they are available as attributes only.\n\n"
        "See os.stat for more information.",
    body={'__new__': _stat_new})

terminal_size = _structseq(
    'terminal_size', ('columns', 'lines'),
    doc="A tuple of (columns, lines) for holding terminal window size")


statvfs_result = _structseq(
    'statvfs_result',
    ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
     'f_favail', 'f_flag', 'f_namemax'),
    ('f_fsid',),
    doc="statvfs_result: Result from statvfs or fstatvfs.\n\n"
        "This object may be accessed either as a tuple of\n"
        "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n"
        "or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n"
        "See os.statvfs for more information.")


def _make_statvfs(t):
    """A statvfs_result from the 11-tuple posix.statvfs returns (f_fsid last)."""
    self = tuple.__new__(statvfs_result, t[:10])
    object.__setattr__(self, '_extra', t[10:])
    return self


def _make_stat(t):
    """A stat_result from the 19-tuple posix.stat returns."""
    self = tuple.__new__(stat_result, t[:10])
    object.__setattr__(self, '_extra', t[10:])
    return self


# ---------------------------------------------------------------------------------------------
# Paths and names.

class PathLike(abc.ABC):
    """The abstract base class of objects with an __fspath__ method."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


def fsencode(filename):
    """The path as bytes (str is encoded as UTF-8, undecodable bytes kept)."""
    filename = _fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """The path as str (bytes are decoded as UTF-8, undecodable bytes kept)."""
    filename = _fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def _no_args(qualname, args, kwargs):
    """Raise the TypeError of a call with arguments of a builtin that takes none."""
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % qualname)
    raise TypeError("%s() takes no arguments (%d given)" % (qualname, len(args)))


def _clinic(func):
    """Give a def the argument checking of the CPython builtin it stands for: a call that
    does not fit the signature fails with Argument Clinic's message, not Python's. A def
    without parameters checks as METH_NOARGS, one with only positional-only ones as METH_O
    or a positional-only parser, any other as the keyword parser."""
    code = func.__code__
    npos = code.co_argcount
    names = code.co_varnames[:npos + code.co_kwonlyargcount]
    posonly = code.co_posonlyargcount
    minpos = npos - len(func.__defaults__ or ())
    name = func.__name__

    def error(args, kwargs):
        if len(names) == posonly:
            if not names:
                _no_args('posix.' + name, args, kwargs)
            if kwargs:
                raise TypeError("posix.%s() takes no keyword arguments" % name)
            if minpos == npos == 1:
                raise TypeError("posix.%s() takes exactly one argument (%d given)"
                                % (name, len(args)))
            bound = minpos if len(args) < minpos else npos
            raise TypeError("%s expected %s%d argument%s, got %d"
                            % (name, '' if minpos == npos else
                               'at least ' if len(args) < minpos else 'at most ',
                               bound, '' if bound == 1 else 's', len(args)))
        _clinic_error(name, names, posonly, minpos, npos, args, kwargs)

    def call(*args, **kwargs):
        if not kwargs and minpos <= len(args) <= npos:
            return func(*args)
        error(args, kwargs)
        return func(*args, **kwargs)

    call.__name__ = name
    call.__qualname__ = func.__qualname__
    call.__doc__ = func.__doc__
    call.__wrapped__ = func
    return call


fspath = _clinic(_fspath)


def _no_dir_fd(fname, dir_fd):
    if dir_fd is not None:
        raise NotImplementedError("%s: dir_fd is not supported by Cellar yet" % fname)


# ---------------------------------------------------------------------------------------------
# Files and directories.

@_clinic
def getcwd():
    """The current working directory."""
    return _posix.getcwd()


@_clinic
def getcwdb():
    """The current working directory as bytes."""
    return _posix.getcwd().encode('utf-8', 'surrogateescape')


@_clinic
def chdir(path):
    """Change the current working directory."""
    _posix.chdir(_path_arg(path, 'chdir', True))


@_clinic
def listdir(path=None):
    """The names of the entries of the directory (not '.' and '..'), in directory order; bytes
    names when the path is bytes."""
    if path is None:
        return _posix.listdir('.')
    return _posix.listdir(_path_arg(path, 'listdir', None))


@_clinic
def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory."""
    _no_dir_fd('mkdir', dir_fd)
    _posix.mkdir(_path_arg(path, 'mkdir'), mode)


@_clinic
def truncate(path, length):
    """Truncate the file given by path (or an open descriptor) to length bytes."""
    if isinstance(path, int) and not isinstance(path, bool):
        _posix.ftruncate(path, length)
        return
    if not isinstance(path, (str, bytes)) and not hasattr(type(path), '__fspath__'):
        raise TypeError('truncate: path should be string, bytes, os.PathLike or integer, '
                        f'not {type(path).__name__}')
    _posix.truncate(_path_arg(path, 'truncate'), length)


ftruncate = _posix.ftruncate
fsync = _posix.fsync


@_clinic
def mkfifo(path, mode=0o666, *, dir_fd=None):
    """Create a FIFO (a named pipe)."""
    _no_dir_fd('mkfifo', dir_fd)
    _posix.mkfifo(_path_arg(path, 'mkfifo'), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and the missing ones above it; with exist_ok, an existing
    directory is not an error."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile
        if tail == (curdir if isinstance(tail, str) else b'.'):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


@_clinic
def rmdir(path, *, dir_fd=None):
    """Remove an empty directory."""
    _no_dir_fd('rmdir', dir_fd)
    _posix.rmdir(_path_arg(path, 'rmdir'))


def removedirs(name):
    """Remove a directory, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


@_clinic
def remove(path, *, dir_fd=None):
    """Remove a file (not a directory)."""
    _no_dir_fd('remove', dir_fd)
    _posix.unlink(_path_arg(path, 'remove'))


@_clinic
def unlink(path, *, dir_fd=None):
    """Remove a file (not a directory)."""
    _no_dir_fd('unlink', dir_fd)
    _posix.unlink(_path_arg(path, 'unlink'))


@_clinic
def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory (an existing file at dst is replaced)."""
    _no_dir_fd('rename', src_dir_fd)
    _no_dir_fd('rename', dst_dir_fd)
    _posix.rename(_path_arg(src, 'rename', argname='src'),
                  _path_arg(dst, 'rename', argname='dst'))


@_clinic
def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory, replacing dst if it exists."""
    _no_dir_fd('replace', src_dir_fd)
    _no_dir_fd('replace', dst_dir_fd)
    _posix.rename(_path_arg(src, 'replace', argname='src'),
                  _path_arg(dst, 'replace', argname='dst'))


def renames(old, new):
    """Rename, creating the directories new needs and pruning the emptied ones of old."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


@_clinic
def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The stat_result of the file (of a symbolic link's target unless follow_symlinks is
    false)."""
    _no_dir_fd('stat', dir_fd)
    if isinstance(path, int) and not isinstance(path, bool):
        return fstat(path)
    p = _path_arg(path, 'stat', True)
    if follow_symlinks:
        return _make_stat(_posix.stat(p))
    return _make_stat(_posix.lstat(p))


@_clinic
def fstat(fd):
    """The stat_result of an open file descriptor."""
    return _make_stat(_posix.fstat(fd))


@_clinic
def lstat(path, *, dir_fd=None):
    """The stat_result of the file, not following a symbolic link."""
    _no_dir_fd('lstat', dir_fd)
    return _make_stat(_posix.lstat(_path_arg(path, 'lstat')))


@_clinic
def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the permission bits of the file."""
    _no_dir_fd('chmod', dir_fd)
    path = _path_arg(path, 'chmod', True)
    if not follow_symlinks and _posix.lstat(path)[0] & 0o170000 == 0o120000:
        # Linux cannot change a symbolic link's own mode.
        raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
    _posix.chmod(path, mode)


@_clinic
def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether the real user may access the path in this mode (F_OK, R_OK, W_OK, X_OK)."""
    _no_dir_fd('access', dir_fd)
    if effective_ids:
        raise NotImplementedError("access: effective_ids unavailable on this platform")
    if not follow_symlinks:
        raise NotImplementedError("access: follow_symlinks=False is not supported by Cellar yet")
    return _posix.access(_path_arg(path, 'access'), mode)


@_clinic
def readlink(path, *, dir_fd=None):
    """The target of a symbolic link (bytes when the path is bytes)."""
    _no_dir_fd('readlink', dir_fd)
    return _posix.readlink(_path_arg(path, 'readlink'))


@_clinic
def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    """Create a hard link to a file."""
    _no_dir_fd('link', src_dir_fd)
    _no_dir_fd('link', dst_dir_fd)
    _posix.link(_path_arg(src, 'link', argname='src'), _path_arg(dst, 'link', argname='dst'))


def _id_arg(value, name):
    """A uid or gid as CPython's uid_t/gid_t converters take it (-1: leave unchanged)."""
    if not isinstance(value, int):
        raise TypeError("%s should be integer, not %s" % (name, type(value).__name__))
    if value == -1:
        return -1
    if value >= 1 << 64:
        raise OverflowError("%s is greater than maximum" % name)
    # Below -1, or wider than uid_t: CPython's round-trip check fails the same way.
    if value < -1 or value > 0xFFFFFFFF:
        raise OverflowError("%s is less than minimum" % name)
    return value


@_clinic
def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
    """Change the owner and group id of path to the numeric uid and gid (-1: unchanged)."""
    _no_dir_fd('chown', dir_fd)
    path = _path_arg(path, 'chown', True)
    _posix.chown(path, _id_arg(uid, 'uid'), _id_arg(gid, 'gid'))


@_clinic
def statvfs(path):
    """Perform a statvfs system call on the given path."""
    if isinstance(path, int):
        return _make_statvfs(_posix.statvfs(int(path)))
    return _make_statvfs(_posix.statvfs(_path_arg(path, 'statvfs', True)))


def fstatvfs(fd, /):
    """Perform an fstatvfs system call on the given fd.

Equivalent to statvfs(fd)."""
    return _make_statvfs(_posix.fstatvfs(fd))


@_clinic
def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    """Create a symbolic link at dst pointing to src."""
    _no_dir_fd('symlink', dir_fd)
    _posix.symlink(_path_arg(src, 'symlink', argname='src'),
                   _path_arg(dst, 'symlink', argname='dst'))


_NO_NS = object()


@_clinic
def utime(path, times=None, *, ns=_NO_NS, dir_fd=None, follow_symlinks=True):
    """Set the access and modification times: `times` (atime, mtime) in seconds, or `ns`
    in nanoseconds, or now."""
    _no_dir_fd('utime', dir_fd)
    if not follow_symlinks:
        raise NotImplementedError("utime: follow_symlinks=False is not supported by Cellar yet")
    if times is not None and ns is not _NO_NS:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if type(times) is not tuple or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        for t in times:
            if not isinstance(t, (int, float)):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(t).__name__)
    elif ns is not _NO_NS:
        if type(ns) is not tuple or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        for t in ns:
            if not isinstance(t, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(t).__name__)
        # The native call takes seconds: sub-microsecond precision may be lost.
        times = (ns[0] / 1e9, ns[1] / 1e9)
    path = _path_arg(path, 'utime', True)
    try:
        _posix.utime(path, times)
    except OSError as e:
        # CPython's utime error names no file.
        raise OSError(e.errno, e.strerror) from None


# ---------------------------------------------------------------------------------------------
# scandir and walk.

class DirEntry:
    """An entry of a directory that scandir yields: its name and path, and its type and
    stat result (fetched once, then kept)."""

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def _lst(self):
        st = self._lstat
        if st is None:
            st = self._lstat = _posix.lstat(self.path)
        return st

    def _st(self):
        st = self._stat
        if st is None:
            lst = self._lst()
            if lst[0] & 0o170000 == 0o120000:
                st = _posix.stat(self.path)
            else:
                st = lst
            self._stat = st
        return st

    def _test(self, fmt, follow_symlinks):
        try:
            st = self._st() if follow_symlinks else self._lst()
        except FileNotFoundError:
            return False
        return st[0] & 0o170000 == fmt

    # The methods check their arguments as CPython's do (see _clinic).

    def is_dir(self, *args, **kwargs):
        """Whether the entry is a directory (or a link to one, when following links)."""
        if args or kwargs:
            _clinic_error('is_dir', _FOLLOW, 0, 0, 0, args, kwargs)
            return self._test(0o040000, kwargs.get('follow_symlinks', True))
        return self._test(0o040000, True)

    def is_file(self, *args, **kwargs):
        """Whether the entry is a regular file (or a link to one, when following links)."""
        if args or kwargs:
            _clinic_error('is_file', _FOLLOW, 0, 0, 0, args, kwargs)
            return self._test(0o100000, kwargs.get('follow_symlinks', True))
        return self._test(0o100000, True)

    def is_symlink(self, *args, **kwargs):
        """Whether the entry is a symbolic link."""
        if args:
            raise TypeError("is_symlink() takes no arguments")
        return self._test(0o120000, False)

    def stat(self, *args, **kwargs):
        """The entry's stat_result (kept after the first call)."""
        if args or kwargs:
            _clinic_error('stat', _FOLLOW, 0, 0, 0, args, kwargs)
            if not kwargs.get('follow_symlinks', True):
                return _make_stat(self._lst())
        return _make_stat(self._st())

    def inode(self, *args, **kwargs):
        """The entry's inode number."""
        if args or kwargs:
            _no_args('DirEntry.inode', args, kwargs)
        return self._lst()[1]

    def __fspath__(self, *args, **kwargs):
        if args or kwargs:
            _no_args('DirEntry.__fspath__', args, kwargs)
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    __class_getitem__ = classmethod(GenericAlias)


DirEntry.__module__ = 'posix'
_FOLLOW = ('follow_symlinks',)


def _dir_entry(name, path):
    e = object.__new__(DirEntry)
    e.name = name
    e.path = path
    e._lstat = e._stat = None
    return e


class _ScandirIterator:
    """The iterator scandir returns (a context manager that closes it)."""

    __slots__ = ('_entries', '_path')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        entries = self._entries
        if entries:
            name = entries.pop()
            return _dir_entry(name, path.join(self._path, name))
        raise StopIteration

    def close(self, *args, **kwargs):
        if args or kwargs:
            _no_args('ScandirIterator.close', args, kwargs)
        self._entries = None

    def __enter__(self, *args, **kwargs):
        if args or kwargs:
            _no_args('ScandirIterator.__enter__', args, kwargs)
        return self

    def __exit__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("ScandirIterator.__exit__() takes no keyword arguments")
        self._entries = None
        return False


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


@_clinic
def scandir(path=None):
    """An iterator of DirEntry objects for the directory's entries, in directory order."""
    if path is None:
        p = '.'
    else:
        p = _path_arg(path, 'scandir', None)
    names = _posix.listdir(p)
    names.reverse()
    it = object.__new__(_ScandirIterator)
    it._entries = names
    it._path = p
    return it


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for the directory top and every directory below
    it; top-down, the caller may prune dirnames in place."""
    return _walk(_fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    try:
        names = _posix.listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    join = path.join
    dirs = []
    nondirs = []
    walk_dirs = []
    for name in names:
        full = join(top, name)
        try:
            mode = _posix.lstat(full)[0] & 0o170000
        except OSError:
            nondirs.append(name)
            continue
        link = mode == 0o120000
        if link:
            try:
                mode = _posix.stat(full)[0] & 0o170000
            except OSError:
                mode = 0
        if mode == 0o040000:
            dirs.append(name)
            if not topdown and (followlinks or not link):
                walk_dirs.append(full)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
        islink = path.islink
        for name in dirs:
            new_path = join(top, name)
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# ---------------------------------------------------------------------------------------------
# The process and its environment.

getpid = _posix.getpid
getppid = _posix.getppid
getuid = _posix.getuid
getgid = _posix.getgid
umask = _posix.umask
urandom = _posix.urandom
cpu_count = _posix.cpu_count


@_clinic
def strerror(code, /):
    """The message for the error number."""
    if not isinstance(code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(code).__name__)
    return _posix.strerror(code)


def _env_arg(value):
    value = _fspath(value)
    if isinstance(value, bytes):
        if b'\0' in value:
            raise ValueError("embedded null byte")
        return value.decode('utf-8', 'surrogateescape')
    if '\0' in value:
        raise ValueError("embedded null byte")
    return value


@_clinic
def putenv(name, value, /):
    """Set an environment variable for this process and its children (os.environ is not
    updated)."""
    name = _env_arg(name)
    value = _env_arg(value)
    if not name:
        raise _errno_error(22)
    if '=' in name:
        raise ValueError("illegal environment variable name")
    _posix.putenv(name, value)


@_clinic
def unsetenv(name, /):
    """Remove an environment variable (os.environ is not updated)."""
    name = _env_arg(name)
    if not name or '=' in name:
        raise _errno_error(22)
    _posix.unsetenv(name)


def _str_check(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ(MutableMapping):
    """os.environ: the process environment as a mapping of str to str; changes are passed to
    putenv and unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_str_check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _str_check(key)
        _str_check(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _str_check(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _bytes_check(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value.decode('utf-8', 'surrogateescape')


class _EnvironBytes(MutableMapping):
    """os.environb: the same environment with bytes keys and values."""

    def __init__(self, environ):
        self._environ = environ

    def __getitem__(self, key):
        try:
            value = self._environ._data[_bytes_check(key)]
        except KeyError:
            raise KeyError(key) from None
        return value.encode('utf-8', 'surrogateescape')

    def __setitem__(self, key, value):
        self._environ[_bytes_check(key)] = _bytes_check(value)

    def __delitem__(self, key):
        try:
            del self._environ[_bytes_check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([k.encode('utf-8', 'surrogateescape') for k in self._environ._data])

    def __len__(self):
        return len(self._environ._data)

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % (k.encode('utf-8', 'surrogateescape'), v.encode('utf-8', 'surrogateescape'))
            for k, v in self._environ._data.items())

    def copy(self):
        return dict(self)


_Environ.__module__ = 'os'
environ = _Environ(_posix.environ)
environb = _EnvironBytes(environ)


def getenv(key, default=None):
    """The environment variable's value, or default."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The environment variable's value as bytes, or default."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """The folders in which a program is looked for (PATH of env, or of os.environ)."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    return path_list.split(pathsep)


# ---------------------------------------------------------------------------------------------
# File descriptors.

@_clinic
def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file at the system level; returns its file descriptor."""
    _no_dir_fd('open', dir_fd)
    return _posix.open(_path_arg(path, 'open'), flags, mode)


close = _posix.close
write = _posix.write


@_clinic
def read(fd, length, /):
    """Read at most length bytes from the file descriptor."""
    if isinstance(length, int) and length < 0:
        raise _errno_error(22)
    return _posix.read(fd, length)


isatty = _posix.isatty


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object for the open file descriptor (as open(fd, ...))."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


@_clinic
def get_terminal_size(fd=1, /):
    """The size of the terminal on the file descriptor, as terminal_size(columns, lines)."""
    if not _posix.isatty(fd):
        raise _errno_error(25)
    # Cellar has no native query of the window size yet: a terminal counts as 80x24.
    return terminal_size((80, 24))


# Which functions take dir_fd, a file descriptor for the path, or follow_symlinks=False
# (the last only partly for chmod: Linux cannot change a link's mode).
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = {stat}
