"""Cellar's `pathlib`: object-oriented paths as in CPython 3.11. Pure paths (PurePosixPath,
PureWindowsPath) only handle path text; concrete paths (PosixPath, what Path() makes on Linux)
also reach the file system through `os`.

A path is kept as its drive, its root, and `_parts`: the anchor (drive + root, when there is
one) followed by the names; equality, ordering and hashing compare `_parts` (lowercased on
Windows)."""

import fnmatch
import os
import posixpath
import re
from _collections_abc import Sequence

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]

# errno values that mean "no such file" to exists() and the is_*() tests: ENOENT, ENOTDIR,
# EBADF, ELOOP.
_IGNORED_ERRNOS = (2, 20, 9, 40)


def _ignore_error(exc):
    return getattr(exc, 'errno', None) in _IGNORED_ERRNOS


def _is_wildcard_pattern(pat):
    return "*" in pat or "?" in pat or "[" in pat


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _uri_quote(data):
    """Percent-encode bytes for a file URI ('/' and the unreserved characters stay)."""
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in data)


# ---------------------------------------------------------------------------------------------
# Flavours: the path syntax of one system.

class _Flavour:
    """How a system's paths are split, joined and compared."""

    def parse_parts(self, parts):
        """(drive, root, parts) of the path made by joining the str `parts`: parts starts
        with the anchor when there is one, and holds no empty or '.' names."""
        sep, altsep, splitroot = self.sep, self.altsep, self.splitroot
        chunks = []  # lists of names, last argument first
        drv = root = ''
        it = reversed(parts)
        for part in it:
            if not part:
                continue
            if altsep:
                part = part.replace(altsep, sep)
            drv, root, rel = splitroot(part)
            if rel:
                chunks.append([x for x in rel.split(sep) if x and x != '.'])
            if drv or root:
                if not drv:
                    # A rooted part takes its drive from an earlier part (Windows only).
                    for part in it:
                        if not part:
                            continue
                        if altsep:
                            part = part.replace(altsep, sep)
                        drv = splitroot(part)[0]
                        if drv:
                            break
                break
        names = [drv + root] if drv or root else []
        for chunk in reversed(chunks):
            names += chunk
        return drv, root, names

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        """The (drive, root, parts) of the second path joined to the first."""
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2


class _PosixFlavour(_Flavour):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = True

    def splitroot(self, part):
        if part[:1] == '/':
            stripped = part.lstrip('/')
            # Exactly two leading slashes are kept (POSIX leaves their meaning open).
            return '', '//' if len(part) - len(stripped) == 2 else '/', stripped
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern)).fullmatch

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _uri_quote(bytes(path))


class _WindowsFlavour(_Flavour):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = False

    _letters = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    _reserved = frozenset(
        ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$']
        + ['COM' + c for c in '123456789\xb9\xb2\xb3']
        + ['LPT' + c for c in '123456789\xb9\xb2\xb3'])

    def splitroot(self, part):
        sep = '\\'
        prefix = ''
        if part[:2] == '\\\\' and part[:4] == '\\\\?\\':
            # An extended-length path: \\?\C:\... or \\?\UNC\server\share\...
            prefix, part = part[:4], part[4:]
            if part[:4] == 'UNC\\':
                prefix += 'UNC'
                part = '\\' + part[3:]
        if part[:2] == '\\\\' and part[2:3] != sep:
            # A UNC path: \\server\share is the drive.
            i = part.find(sep, 2)
            if i != -1:
                j = part.find(sep, i + 1)
                if j != i + 1:
                    if j == -1:
                        j = len(part)
                    drv = prefix + part[1:j] if prefix else part[:j]
                    return drv, sep, part[j + 1:]
        drv = root = ''
        if part[1:2] == ':' and part[:1] in self._letters:
            drv, part = part[:2], part[2:]
        if part[:1] == sep:
            root = sep
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern), re.IGNORECASE).fullmatch

    def is_reserved(self, parts):
        if not parts or parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in self._reserved

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _uri_quote(rest.encode('utf-8')))
        return 'file:' + _uri_quote(path.as_posix().encode('utf-8'))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


# ---------------------------------------------------------------------------------------------
# Glob selectors: each matches one component of a pattern against a directory's children.

_selectors = {}


def _make_selector(pattern_parts, flavour):
    key = (pattern_parts, flavour)
    sel = _selectors.get(key)
    if sel is None:
        pat = pattern_parts[0]
        rest = pattern_parts[1:]
        if not pat:
            sel = _TerminatingSelector()
        elif pat == '**':
            sel = _RecursiveSelector(rest, flavour)
        elif '**' in pat:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
        elif _is_wildcard_pattern(pat):
            sel = _WildcardSelector(pat, rest, flavour)
        else:
            sel = _PreciseSelector(pat, rest, flavour)
        _selectors[key] = sel
    return sel


class _TerminatingSelector:
    def _select_from(self, parent_path):
        yield parent_path


class _Selector:
    def __init__(self, child_parts, flavour):
        if child_parts:
            self.successor = _make_selector(child_parts, flavour)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter(())
        return self._select_from(parent_path)


def _entries(path):
    with os.scandir(path) as it:
        return list(it)


class _PreciseSelector(_Selector):
    def __init__(self, name, child_parts, flavour):
        self.name = name
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            path = parent_path._make_child_relpath(self.name)
            if path.is_dir() if self.dironly else path.exists():
                yield from self.successor._select_from(path)
        except PermissionError:
            return


class _WildcardSelector(_Selector):
    def __init__(self, pat, child_parts, flavour):
        self.match = flavour.compile_pattern(pat)
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            for entry in _entries(parent_path):
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as e:
                        if not _ignore_error(e):
                            raise
                        continue
                name = entry.name
                if self.match(name):
                    path = parent_path._make_child_relpath(name)
                    yield from self.successor._select_from(path)
        except PermissionError:
            return


class _RecursiveSelector(_Selector):
    def _iterate_directories(self, parent_path):
        yield parent_path
        try:
            for entry in _entries(parent_path):
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    is_dir = False
                if is_dir:
                    path = parent_path._make_child_relpath(entry.name)
                    yield from self._iterate_directories(path)
        except PermissionError:
            return

    def _select_from(self, parent_path):
        try:
            yielded = set()
            successor = self.successor._select_from
            for start in self._iterate_directories(parent_path):
                for p in successor(start):
                    if p not in yielded:
                        yield p
                        yielded.add(p)
        except PermissionError:
            return


# ---------------------------------------------------------------------------------------------
# Pure paths.

class _PathParents(Sequence):
    """The logical ancestors of a path, nearest first (path.parents)."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __repr__(self):
        return "<%s.parents>" % self._pathcls.__name__


class PurePath:
    """A path as text, without access to the file system. PurePath() makes a PurePosixPath
    on Linux."""

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_cparts_cache')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
            else:
                a = posixpath._fspath(a)
                if not isinstance(a, str):
                    raise TypeError("argument should be a str object or an os.PathLike "
                                    "object returning str, not %r" % (type(a),))
                parts.append(a)
        return cls._flavour.parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        drv, root, parts = cls._parse_args(args)
        return cls._from_parsed_parts(drv, root, parts)

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        self._cparts_cache = None
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        s = self._str
        if s is None:
            s = self._str = self._format_parsed_parts(self._drv, self._root, self._parts) or '.'
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a str with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI (it must be absolute)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        c = self._cparts_cache
        if c is None:
            c = self._cparts_cache = self._flavour.casefold_parts(self._parts)
        return c

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash(tuple(self._cparts))
        return h

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive (a letter or a UNC share) on Windows; '' on POSIX."""
        return self._drv

    @property
    def root(self):
        """The root ('/' or '//'), if any."""
        return self._root

    @property
    def anchor(self):
        """The drive and the root together."""
        return self._drv + self._root

    @property
    def name(self):
        """The final component ('' when there is none)."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last extension ('.txt'), or ''."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """All the final component's extensions (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The final component without its last extension."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """The path with its final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = f.parse_parts((name,))
        if (not name or name[-1] in [f.sep, f.altsep]
                or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """The path with the stem of its final component replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its last extension replaced (added if there is none, removed if
        suffix is '')."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to the given one, which must be one of its ancestors (or
        itself)."""
        if not other:
            raise TypeError("need at least one argument")
        parts, drv, root = self._parts, self._drv, self._root
        abs_parts = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        to_abs_parts = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("%r is not in the subpath of %r OR one path is relative and "
                             "the other is absolute." % (str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """The anchor and the names, as a tuple."""
        return tuple(self._parts)

    def joinpath(self, *args):
        """The path with the arguments appended (an absolute one starts afresh)."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The path without its final component (an anchor is its own parent)."""
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """The ancestors of the path, as a sequence."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root (and a drive, on Windows)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Whether the path is reserved by the system (never on POSIX)."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Whether the path matches the glob pattern, compared from the right (from the root
        when the pattern is absolute)."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows syntax (drives, backslashes, case-insensitive)."""
    _flavour = _windows_flavour
    __slots__ = ()


# ---------------------------------------------------------------------------------------------
# Concrete paths.

class Path(PurePath):
    """A path with file-system operations. Path() makes a PosixPath on Linux."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether the other path names the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return posixpath.samestat(st, other_st)

    def iterdir(self):
        """The paths of the directory's entries (not '.' and '..'), in directory order."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        """The existing paths below this one that match the relative glob pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        f = self._flavour
        drv, root, pattern_parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (f.sep, f.altsep):
            pattern_parts.append('')
        selector = _make_selector(tuple(pattern_parts), f)
        yield from selector.select_from(self)

    def rglob(self, pattern):
        """glob('**/' + pattern): matches anywhere below this path."""
        f = self._flavour
        drv, root, pattern_parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (f.sep, f.altsep):
            pattern_parts.append('')
        selector = _make_selector(("**",) + tuple(pattern_parts), f)
        yield from selector.select_from(self)

    def absolute(self):
        """The path joined to the working directory (not normalized, links kept)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symbolic links resolved and '..' removed."""
        try:
            s = posixpath.realpath(self, strict=strict)
        except OSError as e:
            if e.errno == 40:
                raise RuntimeError("Symlink loop from %r" % e.filename)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if e.errno == 40:
                    raise RuntimeError("Symlink loop from %r" % e.filename)
        return p

    def stat(self, *, follow_symlinks=True):
        """The file's os.stat_result."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        """Return the login name of the file owner."""
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """Return the group name of the file gid."""
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the built-in open() does."""
        return open(str(self), mode, buffering=buffering, encoding=encoding, errors=errors,
                     newline=newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        fd = os.open(self, os.O_RDONLY)
        try:
            chunks = []
            while True:
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except IsADirectoryError:
            # open() refuses a directory, naming it.
            raise IsADirectoryError(21, os.strerror(21), str(self)) from None
        finally:
            os.close(fd)
        return b''.join(chunks)

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        with open(str(self), 'r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the file's contents with the bytes; returns their number."""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        data = bytes(data)
        fd = os.open(self, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            done = 0
            while done < len(data):
                done += os.write(fd, data[done:])
        finally:
            os.close(fd)
        return len(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the text; returns the number of characters."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with open(str(self), 'w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The target of the symbolic link."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist; otherwise update its times (or fail when
        exist_ok is false)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and its missing parents when parents is true)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the file's permission bits."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Change a symbolic link's own permission bits."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file (a missing one is an error unless missing_ok)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(self)

    def lstat(self):
        """The os.stat_result of the path itself, not of a link's target."""
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """Rename the file or directory; returns the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename, replacing an existing target; returns the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        if not hasattr(os, "link"):
            raise NotImplementedError("os.link() not available on this system")
        os.link(target, self)

    def link_to(self, target):
        """Make target a hard link to this path (deprecated)."""
        self.__class__(target).hardlink_to(self)

    def _test(self, fmt, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return st[0] & 0o170000 == fmt

    def exists(self):
        """Whether the path exists."""
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        """Whether the path is a directory (or a link to one)."""
        return self._test(0o040000)

    def is_file(self):
        """Whether the path is a regular file (or a link to one)."""
        return self._test(0o100000)

    def is_mount(self):
        """Whether the path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_dev:
            return True
        return st.st_ino == self.parent.stat().st_ino

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._test(0o120000, False)

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._test(0o060000)

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._test(0o020000)

    def is_fifo(self):
        """Whether the path is a FIFO."""
        return self._test(0o010000)

    def is_socket(self):
        """Whether the path is a socket."""
        return self._test(0o140000)

    def expanduser(self):
        """The path with a leading '~' replaced by the home directory."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            homedir = posixpath.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path (it cannot be made on Linux)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")

