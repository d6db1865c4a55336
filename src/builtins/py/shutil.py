"""Cellar's `shutil`: high-level file operations of CPython 3.11 on Linux (copying files and
their metadata, copying, removing and moving trees, `which`, `get_terminal_size`), written
over `os`. File data is copied through file descriptors."""

import fnmatch
import os
import posixpath
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "get_terminal_size", "SameFileError", "which",
           "ignore_patterns", "RegistryError", "ReadError", "disk_usage", "chown"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to copy a special file (a named pipe, say)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an archive format fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of the file object fsrc to the file object fdst."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return posixpath.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return posixpath.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else posixpath.islink(fn)


def _copy_data(src, dst):
    """Copy the bytes of the file src to the file dst (created or truncated)."""
    fin = os.open(src, os.O_RDONLY)
    try:
        fout = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            read, write = os.read, os.write
            while True:
                buf = read(fin, COPY_BUFSIZE)
                if not buf:
                    break
                while buf:
                    buf = buf[write(fout, buf):]
        finally:
            os.close(fout)
    finally:
        os.close(fin)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of the file src to dst (replacing it); returns dst. Without
    follow_symlinks, a symbolic link is copied as a link."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    src_is_dir = False
    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            continue
        mode = st.st_mode & 0o170000
        if mode == 0o010000:
            fn = fn.path if isinstance(fn, os.DirEntry) else fn
            raise SpecialFileError("`%s` is a named pipe" % fn)
        if fn is src and mode == 0o040000:
            src_is_dir = True
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    if src_is_dir:
        # What open(src, 'rb') reports for a directory.
        path = os.fspath(src.path if isinstance(src, os.DirEntry) else src)
        raise IsADirectoryError(21, os.strerror(21), path)
    try:
        _copy_data(src.path if isinstance(src, os.DirEntry) else src, dst)
    except IsADirectoryError as e:
        if not posixpath.exists(dst):
            raise FileNotFoundError(f'Directory does not exist: {dst}') from e
        raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst (nothing between two links: Linux cannot
    change a link's mode)."""
    if not follow_symlinks and _islink(src) and posixpath.islink(dst):
        return
    st = _stat(src)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of src to dst."""
    follow = follow_symlinks or not (_islink(src) and posixpath.islink(dst))
    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    else:
        st = os.stat(src, follow_symlinks=follow)
    if not follow:
        # Linux can set a link's times (utimensat), but Cellar cannot yet; nor can it
        # change a link's mode (neither can CPython).
        return
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, st.st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    """Copy the file's data and mode bits ('cp src dst'); dst may be a directory. Returns
    the path of the copy."""
    if posixpath.isdir(dst):
        dst = posixpath.join(dst, posixpath.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy the file's data and metadata (mode bits and times); dst may be a directory.
    Returns the path of the copy."""
    if posixpath.isdir(dst):
        dst = posixpath.join(dst, posixpath.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree that skips the names matching any of the glob
    patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def _copytree(entries, src, dst, symlinks, ignore, copy_function,
              ignore_dangling_symlinks, dirs_exist_ok=False):
    if ignore is not None:
        ignored_names = ignore(os.fspath(src), [x.name for x in entries])
    else:
        ignored_names = ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    use_srcentry = copy_function is copy2 or copy_function is copy
    for srcentry in entries:
        if srcentry.name in ignored_names:
            continue
        srcname = posixpath.join(src, srcentry.name)
        dstname = posixpath.join(dst, srcentry.name)
        srcobj = srcentry if use_srcentry else srcname
        try:
            if srcentry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcobj, dstname, follow_symlinks=not symlinks)
                else:
                    if not posixpath.exists(linkto) and ignore_dangling_symlinks:
                        continue
                    if srcentry.is_dir():
                        copytree(srcobj, dstname, symlinks, ignore, copy_function,
                                 ignore_dangling_symlinks, dirs_exist_ok)
                    else:
                        copy_function(srcobj, dstname)
            elif srcentry.is_dir():
                copytree(srcobj, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcobj, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless dirs_exist_ok);
    returns dst. Failures are gathered into one Error raised at the end."""
    with os.scandir(src) as itr:
        entries = list(itr)
    return _copytree(entries=entries, src=src, dst=dst, symlinks=symlinks,
                     ignore=ignore, copy_function=copy_function,
                     ignore_dangling_symlinks=ignore_dangling_symlinks,
                     dirs_exist_ok=dirs_exist_ok)


def _rmtree(path, onerror):
    """Remove what the directory path holds, then path itself (path is not a link)."""
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        return
    join = posixpath.join
    for name in names:
        fullname = join(path, name)
        try:
            is_dir = os.lstat(fullname).st_mode & 0o170000 == 0o040000
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree(fullname, onerror)
            try:
                os.rmdir(fullname)
            except OSError:
                onerror(os.rmdir, fullname, sys.exc_info())
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Remove the directory tree. Errors are ignored (ignore_errors), or passed to
    onerror(function, path, exc_info), or raised."""
    if dir_fd is not None:
        raise NotImplementedError("rmtree: dir_fd is not supported by Cellar yet")
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        st = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    if st.st_mode & 0o170000 == 0o120000:
        # CPython opens the path (following the link) and refuses a link to a directory.
        try:
            os.stat(path)
        except Exception:
            onerror(os.open, path, sys.exc_info())
            return
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(posixpath.islink, path, sys.exc_info())
        return
    _rmtree(path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = False


def _basename(path):
    path = os.fspath(path)
    return posixpath.basename(path.rstrip('/' if isinstance(path, str) else b'/'))


def _destinsrc(src, dst):
    src = posixpath.abspath(src)
    dst = posixpath.abspath(dst)
    if not src.endswith('/'):
        src += '/'
    if not dst.endswith('/'):
        dst += '/'
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory (into dst when dst is a directory); returns the new path.
    Renames when possible, copies then removes otherwise."""
    real_dst = dst
    if posixpath.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = posixpath.join(dst, _basename(src))
        if posixpath.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if posixpath.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif posixpath.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _ntuple_diskusage():
    from collections import namedtuple
    return namedtuple('usage', 'total used free')


_usage = None


def disk_usage(path):
    """Return disk usage statistics about the given path.

    Returned value is a named tuple with attributes 'total', 'used' and
    'free', which are the amount of total, used and free space, in bytes.
    """
    global _usage
    if _usage is None:
        _usage = _ntuple_diskusage()
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _usage(total, used, free)


def chown(path, user=None, group=None):
    """Change owner user and group of the given path.

    user and group can be the uid/gid or the user/group names, and in that case,
    they are converted to their respective uid/gid.
    """
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    _user = user
    _group = group
    if user is None:
        _user = -1
    elif isinstance(user, str):
        import pwd
        try:
            _user = pwd.getpwnam(user).pw_uid
        except KeyError:
            raise LookupError("no such user: {!r}".format(user))
    if group is None:
        _group = -1
    elif not isinstance(group, int):
        import grp
        try:
            _group = grp.getgrnam(group).gr_gid
        except KeyError:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, _user, _group)


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size: $COLUMNS and $LINES when set to positive
    numbers, else the terminal's, else the fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(1)
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _access_check(fn, mode):
    return posixpath.exists(fn) and os.access(fn, mode) and not posixpath.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the command found on PATH (or `path`) with the access mode, or None."""
    if posixpath.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if use_bytes:
        dirs = os.fsencode(path).split(b':')
    else:
        dirs = os.fsdecode(path).split(':')
    seen = set()
    for d in dirs:
        if d not in seen:
            seen.add(d)
            name = posixpath.join(d, cmd)
            if _access_check(name, mode):
                return name
    return None
