"""Cellar's `glob`: the paths that match a shell-style pattern (`*`, `?`, `[seq]`, and `**`
across directories when recursive), in directory order. Names starting with '.' are matched
only by patterns that start with '.' unless include_hidden is true."""

import posixpath
import posix as _posix
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching the pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator of the paths matching the pattern."""
    if root_dir is not None:
        root_dir = posixpath._fspath(root_dir)
    else:
        root_dir = pathname[:0]
    if dir_fd is not None:
        # The directory the descriptor is open on, through Linux's /proc (results stay
        # relative, so only where the search starts changes).
        # A descriptor that names no directory matches nothing, as CPython's scandir errors
        # are swallowed.
        try:
            base = _posix.readlink('/proc/self/fd/%d' % dir_fd)
        except (OSError, TypeError):
            return iter(())
        if isinstance(root_dir, bytes):
            base = base.encode()
        root_dir = posixpath.join(base, root_dir)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # The empty match ('**' matching no directory) is not a path to report.
        return _skip_empty(it)
    return it


def _skip_empty(it):
    for s in it:
        if s:
            yield s
        break
    yield from it


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = posixpath.split(pathname)
    if not has_magic(pathname):
        if basename:
            if posixpath.lexists(_join(root_dir, pathname)):
                yield pathname
        elif posixpath.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    join = posixpath.join
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if posixpath.lexists(_join(dirname, basename)):
            return [basename]
    elif posixpath.isdir(dirname):
        return [basename]
    return []


def glob0(dirname, pattern):
    """[pattern] if the literal name exists in dirname, else []."""
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    """The names in dirname that match the pattern."""
    return _glob1(dirname, pattern, False)


def _glob2(dirname, pattern, dironly, include_hidden=False):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    """The names in the directory ('' is the working directory); [] if it cannot be read."""
    if dirname:
        arg = dirname
    else:
        arg = '.' if isinstance(dirname, str) else b'.'
    try:
        names = _posix.listdir(arg)
    except OSError:
        return []
    if dironly:
        isdir = posixpath.isdir
        names = [n for n in names if isdir(_join(dirname, n))]
    return names


def _rlistdir(dirname, dironly, include_hidden=False):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return posixpath.join(dirname, basename)


def has_magic(s):
    """Whether the pattern has a wildcard ('*', '?' or '[')."""
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def _ishidden(path):
    return path[0] in ('.', 46)


def _isrecursive(pattern):
    return pattern == ('**' if isinstance(pattern, str) else b'**')


def escape(pathname):
    """The path with its wildcard characters made literal ('*' becomes '[*]')."""
    pathname = posixpath._fspath(pathname)
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in b'*?[':
                out += b'[' + bytes((c,)) + b']'
            else:
                out.append(c)
        return bytes(out)
    return ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
