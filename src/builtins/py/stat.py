"""Cellar's `stat`: the constants and helpers that read the st_mode field of a stat result
(file type tests, permission bits, `filemode`) and the tuple indices ST_MODE .. ST_CTIME."""

# Indices into the tuple a stat call returns.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types (the S_IFMT bits).
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and mode bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# BSD st_flags values.
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attributes (st_file_attributes).
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536

def _mode(mode):
    """The mode as mode_t (an unsigned 32-bit int), with the errors of CPython's _stat."""
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFFFFFF:
        raise OverflowError("mode out of range")
    return mode


def S_IMODE(mode):
    """The permission bits of the mode (what chmod sets)."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """The file-type bits of the mode."""
    return _mode(mode) & 0o170000


def S_ISDIR(mode):
    """Whether the mode is a directory's."""
    return _mode(mode) & 0o170000 == 0o040000


def S_ISCHR(mode):
    """Whether the mode is a character device's."""
    return _mode(mode) & 0o170000 == 0o020000


def S_ISBLK(mode):
    """Whether the mode is a block device's."""
    return _mode(mode) & 0o170000 == 0o060000


def S_ISREG(mode):
    """Whether the mode is a regular file's."""
    return _mode(mode) & 0o170000 == 0o100000


def S_ISFIFO(mode):
    """Whether the mode is a FIFO's (named pipe)."""
    return _mode(mode) & 0o170000 == 0o010000


def S_ISLNK(mode):
    """Whether the mode is a symbolic link's."""
    return _mode(mode) & 0o170000 == 0o120000


def S_ISSOCK(mode):
    """Whether the mode is a socket's."""
    return _mode(mode) & 0o170000 == 0o140000


def S_ISDOOR(mode):
    """Always False: Linux has no doors."""
    _mode(mode)
    return False


def S_ISPORT(mode):
    """Always False: Linux has no event ports."""
    _mode(mode)
    return False


def S_ISWHT(mode):
    """Always False: Linux has no whiteouts."""
    _mode(mode)
    return False


_TYPE_CHARS = {
    0o140000: 's', 0o120000: 'l', 0o100000: '-', 0o060000: 'b',
    0o040000: 'd', 0o020000: 'c', 0o010000: 'p',
}


def filemode(mode):
    """The mode as `ls -l` shows it, such as '-rw-r--r--'."""
    mode = _mode(mode)
    out = [_TYPE_CHARS.get(mode & 0o170000, '?')]
    for shift, special, on, off in ((6, S_ISUID, 's', 'S'), (3, S_ISGID, 's', 'S'),
                                    (0, S_ISVTX, 't', 'T')):
        bits = mode >> shift
        out.append('r' if bits & 4 else '-')
        out.append('w' if bits & 2 else '-')
        if mode & special:
            out.append(on if bits & 1 else off)
        else:
            out.append('x' if bits & 1 else '-')
    return ''.join(out)
