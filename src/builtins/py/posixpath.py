"""Cellar's `posixpath` (what `os.path` is on Linux): pure path-string operations (join,
split, normpath, relpath, ...) and the queries that stat the file system (exists, isdir,
getsize, ...), for str and bytes paths alike.

It also holds the argument conversion the `os` module shares (`_fspath`, `_path_arg`), so
that it needs only the native `posix` module and no circular import of `os`."""

import posix as _posix
import sys

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]


# ---------------------------------------------------------------------------------------------
# Path arguments (shared with os).

def _fspath(path):
    """The str or bytes a path-like object stands for (os.fspath)."""
    if isinstance(path, (str, bytes)):
        return path
    try:
        method = type(path).__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(result).__name__))


_fspath.__name__ = _fspath.__qualname__ = 'fspath'

_KINDS = {
    False: "string, bytes or os.PathLike",
    True: "string, bytes, os.PathLike or integer",
    None: "string, bytes, os.PathLike, integer or None",
}


def _path_arg(path, fname, fd_ok=False, argname='path'):
    """A path argument of the system call `fname` as str or bytes, with CPython's errors
    (`fd_ok`: the call also takes a file descriptor, None: or None)."""
    if not isinstance(path, (str, bytes)):
        method = getattr(type(path), '__fspath__', None)
        if method is None:
            if fd_ok is not False and isinstance(path, int):
                raise NotImplementedError(
                    "%s: file descriptors are not supported by Cellar yet" % fname)
            raise TypeError("%s: %s should be %s, not %s"
                            % (fname, argname, _KINDS[fd_ok], type(path).__name__))
        result = method(path)
        if not isinstance(result, (str, bytes)):
            raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                            % (type(path).__name__, type(result).__name__))
        path = result
    if isinstance(path, str):
        if '\0' in path:
            raise ValueError("embedded null byte")
    elif b'\0' in path:
        raise ValueError("%s: embedded null character in %s" % (fname, argname))
    return path


def _stat(path):
    return _posix.stat(_path_arg(path, 'stat', True))


def _lstat(path):
    return _posix.lstat(_path_arg(path, 'lstat'))


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (funcname, type(s).__name__)) from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _fsencode(s):
    return s.encode('utf-8', 'surrogateescape')


# ---------------------------------------------------------------------------------------------
# Pure string operations.

def normcase(s):
    """The path unchanged: case is significant on POSIX."""
    return _fspath(s)


def isabs(s):
    """Whether the path starts at the root."""
    s = _fspath(s)
    return s.startswith('/' if isinstance(s, str) else b'/')


def join(a, *p):
    """Join path components with '/'; an absolute component discards what came before."""
    a = _fspath(a)
    sep = '/' if isinstance(a, str) else b'/'
    path = a
    try:
        if not p:
            path[:0] + sep  # a lone argument still has to be str or bytes
        for b in p:
            b = _fspath(b)
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is what follows the last '/', head the rest without trailing
    slashes (unless it is all slashes)."""
    p = _fspath(p)
    sep = '/' if isinstance(p, str) else b'/'
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head.strip(sep):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext runs from the last dot of the last component, leading dots of the
    component not counting."""
    p = _fspath(p)
    if isinstance(p, str):
        sep, dot = '/', '.'
    else:
        sep, dot = b'/', b'.'
    dot_at = p.rfind(dot)
    if dot_at > p.rfind(sep):
        start = p.rfind(sep) + 1
        if p[start:dot_at].strip(dot):
            return p[:dot_at], p[dot_at:]
    return p, p[:0]


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """The last component of the path."""
    p = _fspath(p)
    return p[p.rfind('/' if isinstance(p, str) else b'/') + 1:]


def dirname(p):
    """Everything before the last component, without trailing slashes."""
    p = _fspath(p)
    sep = '/' if isinstance(p, str) else b'/'
    head = p[:p.rfind(sep) + 1]
    if head and head.strip(sep):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """The path with redundant separators, '.' and 'a/..' removed (lexically)."""
    path = _fspath(path)
    if isinstance(path, str):
        sep, dot, dotdot = '/', '.', '..'
    else:
        sep, dot, dotdot = b'/', b'.', b'..'
    if not path:
        return dot
    slashes = 0
    if path.startswith(sep):
        slashes = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not slashes and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep * slashes + sep.join(parts)
    return path or dot


def commonprefix(m):
    """The longest string prefix shared by every item (not necessarily a path)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths (all absolute or all relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    try:
        split_paths = [p.split(sep) for p in paths]
        kinds = set(p[:1] == sep for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        absolute = kinds.pop()
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        return (sep if absolute else sep[:0]) + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def abspath(path):
    """The path made absolute (joined to the working directory) and normalized."""
    path = _fspath(path)
    if isinstance(path, str):
        if not path.startswith('/'):
            path = join(_posix.getcwd(), path)
    elif not path.startswith(b'/'):
        path = join(_fsencode(_posix.getcwd()), path)
    return normpath(path)


def relpath(path, start=None):
    """The path relative to start (the working directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        dot, sep, dotdot = b'.', b'/', b'..'
    else:
        dot, sep, dotdot = '.', '/', '..'
    start = dot if start is None else _fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(sep) if x]
        path_parts = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_parts, path_parts]))
        rel = [dotdot] * (len(start_parts) - i) + path_parts[i:]
        if not rel:
            return dot
        return join(*rel)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


def expanduser(path):
    """The path with a leading '~' replaced by the home directory ($HOME, or the password
    database's), and '~user' by that user's."""
    path = _fspath(path)
    if isinstance(path, bytes):
        tilde, sep = b'~', b'/'
    else:
        tilde, sep = '~', '/'
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    import pwd
    if i == 1:
        home = _posix.environ.get('HOME')
        if home is None:
            try:
                home = pwd.getpwuid(_posix.getuid()).pw_dir
            except KeyError:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        try:
            home = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes):
        home = _fsencode(home)
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _var_end(path, i, brace):
    """The end of the variable reference that starts with '$' at i, or -1 if there is none."""
    j = i + 1
    n = len(path)
    if j < n and path[j:j + 1] == brace[0]:
        k = path.find(brace[1], j + 1)
        if k >= 0:
            return k + 1
    while j < n:
        c = path[j:j + 1]
        if not (c.isalnum() and c.isascii() or c == brace[2]):
            break
        j += 1
    return j if j > i + 1 else -1


def expandvars(path):
    """The path with $name and ${name} replaced by environment variables (unknown ones are
    left as they are)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        dollar, brace = b'$', (b'{', b'}', b'_')
    else:
        dollar, brace = '$', ('{', '}', '_')
    if dollar not in path:
        return path
    environ = _posix.environ
    i = path.find(dollar)
    while i >= 0:
        j = _var_end(path, i, brace)
        if j < 0:
            i = path.find(dollar, i + 1)
            continue
        name = path[i + 1:j]
        if name[:1] == brace[0]:
            name = name[1:-1]
        key = name if isinstance(name, str) else name.decode('utf-8', 'surrogateescape')
        value = environ.get(key)
        if value is None:
            i = path.find(dollar, j)
            continue
        if isinstance(path, bytes):
            value = _fsencode(value)
        tail = path[j:]
        path = path[:i] + value
        j = len(path)
        path += tail
        i = path.find(dollar, j)
    return path


# ---------------------------------------------------------------------------------------------
# Queries of the file system.

def exists(path):
    """Whether the path exists (False for a broken symbolic link)."""
    try:
        _stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether the path exists (True for a broken symbolic link)."""
    try:
        _lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Whether the path is a regular file (following symbolic links)."""
    try:
        st = _stat(path)
    except (OSError, ValueError):
        return False
    return st[0] & 0o170000 == 0o100000


def isdir(s):
    """Whether the path is a directory (following symbolic links)."""
    try:
        st = _stat(s)
    except (OSError, ValueError):
        return False
    return st[0] & 0o170000 == 0o040000


def islink(path):
    """Whether the path is a symbolic link."""
    try:
        st = _lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return st[0] & 0o170000 == 0o120000


def ismount(path):
    """Whether the path is a mount point (its parent is on another device or is itself)."""
    try:
        s1 = _lstat(path)
    except (OSError, ValueError):
        return False
    if s1[0] & 0o170000 == 0o120000:
        return False
    path = _fspath(path)
    parent = realpath(join(path, '..' if isinstance(path, str) else b'..'))
    try:
        s2 = _lstat(parent)
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    """The size of the file in bytes."""
    return _stat(filename)[6]


def getmtime(filename):
    """The time of the file's last modification (seconds since the epoch)."""
    return _stat(filename)[11]


def getatime(filename):
    """The time of the file's last access (seconds since the epoch)."""
    return _stat(filename)[10]


def getctime(filename):
    """The time of the file's last metadata change (seconds since the epoch)."""
    return _stat(filename)[12]


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file (raises if either cannot be stat'ed)."""
    s1 = _stat(f1)
    s2 = _stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    s1 = _posix.fstat(fp1)
    s2 = _posix.fstat(fp2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def realpath(filename, *, strict=False):
    """The canonical absolute path, with every symbolic link resolved."""
    filename = _fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Join `rest` to the already-resolved `path`, following links; (result, complete)."""
    if isinstance(path, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
    else:
        sep, dot, dotdot = '/', '.', '..'
    if rest.startswith(sep):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, name = split(path)
                if name == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            st = _posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st[0] & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _posix.stat(newpath)  # raises the loop error (ELOOP)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        target = _posix.readlink(newpath)
        path, ok = _resolve(path, target, strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True
