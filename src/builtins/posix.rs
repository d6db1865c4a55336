//! The `posix` module: the operating-system calls that `os`, `os.path`, `pathlib`, `shutil`
//! and `tempfile` (written in Python, py/) are built on. Paths are str or bytes (a bytes path's
//! bytes go to the system unchanged, and names it returns stay bytes); failures raise the
//! OSError subclass CPython picks for the errno, naming the path object given.

use std::os::unix::fs::{MetadataExt, PermissionsExt};

use crate::heap::object::Kind;
use crate::heap::Value;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("unlink", unlink),
        ("rename", rename),
        ("stat", stat),
        ("lstat", lstat),
        ("fstat", fstat),
        ("chmod", chmod),
        ("access", access),
        ("readlink", readlink),
        ("symlink", symlink),
        ("utime", utime),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("getgid", getgid),
        ("umask", umask),
        ("urandom", urandom),
        ("strerror", strerror),
        ("cpu_count", cpu_count),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("open", open),
        ("close", close),
        ("read", read),
        ("write", write),
        ("isatty", isatty),
        ("lseek", lseek),
        ("ftruncate", ftruncate),
        ("truncate", truncate),
        ("mkfifo", mkfifo),
        ("fsync", fsync),
        ("link", super::posix_users::link),
        ("chown", super::posix_users::chown),
        ("statvfs", super::posix_users::statvfs),
        ("fstatvfs", super::posix_users::fstatvfs),
        ("_getpw", super::posix_users::getpw),
        ("_getgr", super::posix_users::getgr),
    ];
    let consts: Vec<(&str, Value)> = vec![
        ("F_OK", Value::Int(libc::F_OK as i64)),
        ("R_OK", Value::Int(libc::R_OK as i64)),
        ("W_OK", Value::Int(libc::W_OK as i64)),
        ("X_OK", Value::Int(libc::X_OK as i64)),
        ("O_RDONLY", Value::Int(libc::O_RDONLY as i64)),
        ("O_WRONLY", Value::Int(libc::O_WRONLY as i64)),
        ("O_RDWR", Value::Int(libc::O_RDWR as i64)),
        ("O_APPEND", Value::Int(libc::O_APPEND as i64)),
        ("O_CREAT", Value::Int(libc::O_CREAT as i64)),
        ("O_EXCL", Value::Int(libc::O_EXCL as i64)),
        ("O_TRUNC", Value::Int(libc::O_TRUNC as i64)),
        ("O_NOFOLLOW", Value::Int(libc::O_NOFOLLOW as i64)),
        ("O_CLOEXEC", Value::Int(libc::O_CLOEXEC as i64)),
        ("SEEK_SET", Value::Int(libc::SEEK_SET as i64)),
        ("SEEK_CUR", Value::Int(libc::SEEK_CUR as i64)),
        ("SEEK_END", Value::Int(libc::SEEK_END as i64)),
    ];
    let m = super::new_module(vm, "posix", funcs, &consts);
    let environ = vm.new_dict();
    let dk = environ.as_obj().expect("dict");
    for (k, v) in std::env::vars_os() {
        let (k, v) = (
            k.to_string_lossy().into_owned(),
            v.to_string_lossy().into_owned(),
        );
        let (k, v) = (vm.new_str(k), vm.new_str(v));
        let _ = vm.dict_set(dk, k, v);
        vm.heap.decref(k);
    }
    if let Some(Kind::Module(md)) = m.as_obj().map(|k| vm.heap.kind(k)) {
        let d = md.dict.as_obj().expect("module dict");
        let key = vm.intern("environ");
        vm.ns_set(d, key, environ);
    }
    m
}

use super::io::os_error_for as os_err;

/// A path argument as the system call takes it (a bytes path's exact bytes) and the str or
/// bytes object an error names (borrowed: the caller's argument).
pub(crate) struct PathArg {
    pub os: std::ffi::OsString,
    pub obj: Value,
}

impl std::ops::Deref for PathArg {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        std::path::Path::new(&self.os)
    }
}

impl AsRef<std::path::Path> for PathArg {
    fn as_ref(&self) -> &std::path::Path {
        self
    }
}

impl PathArg {
    /// The path as the C string libc takes; EINVAL for an embedded NUL.
    pub fn c_string(&self) -> std::io::Result<std::ffi::CString> {
        use std::os::unix::ffi::OsStrExt;
        std::ffi::CString::new(self.os.as_bytes())
            .map_err(|_| std::io::Error::from_raw_os_error(libc::EINVAL))
    }

    pub fn as_bytes(&self) -> &[u8] {
        use std::os::unix::ffi::OsStrExt;
        self.os.as_bytes()
    }
}

/// A str or bytes path argument (os.py has applied `__fspath__`).
pub(crate) fn path_arg(
    vm: &mut Vm,
    v: Option<Value>,
    fname: &str,
    what: &str,
) -> PyResult<PathArg> {
    use std::os::unix::ffi::OsStrExt;
    let v = v.unwrap_or(Value::None);
    let os = match vm.str_of(v) {
        Some(s) => std::ffi::OsString::from(s),
        None => match vm.bytes_of(v) {
            Some(b) => std::ffi::OsStr::from_bytes(b).to_owned(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "{fname}: {what} should be string, bytes or os.PathLike, not {t}"
                )));
            }
        },
    };
    Ok(PathArg { os, obj: v })
}

/// The OSError for a call on one path (or two, as `rename` has), naming the objects given.
pub(crate) fn path_err(
    vm: &mut Vm,
    e: &std::io::Error,
    p: &PathArg,
    p2: Option<&PathArg>,
) -> crate::vm::PyErr {
    super::io::os_error_objects(vm, e, Some(p.obj), p2.map(|p| p.obj))
}

/// A file name from the system, as the kind of object the path argument was (`bytes_path`):
/// bytes kept exactly, or text.
fn os_name(vm: &mut Vm, name: &std::ffi::OsStr, bytes_path: bool) -> Value {
    use std::os::unix::ffi::OsStrExt;
    if bytes_path {
        vm.new_bytes(name.as_bytes().to_vec())
    } else {
        vm.new_str(name.to_string_lossy().into_owned())
    }
}

fn args<const N: usize>(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: Kwargs,
    names: &[&str; N],
    req: usize,
) -> PyResult<[Option<Value>; N]> {
    super::parse_args(vm, name, a, kw, names, req)
}

fn none(r: std::io::Result<()>, vm: &mut Vm, path: &PathArg) -> PyResult<Value> {
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_err(vm, &e, path, None)),
    }
}

fn getcwd(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_err(vm, &e, None, None)),
    }
}

fn chdir(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p] = args(vm, "chdir", a, kw, &["path"], 1)?;
    let p = path_arg(vm, p, "chdir", "path")?;
    none(std::env::set_current_dir(&p), vm, &p)
}

fn listdir(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p] = args(vm, "listdir", a, kw, &["path"], 0)?;
    let path = match p {
        None | Some(Value::None) => {
            let dot = vm.intern(".");
            path_arg(vm, Some(dot), "listdir", "path")?
        }
        p => path_arg(vm, p, "listdir", "path")?,
    };
    let bytes_path = vm.bytes_of(path.obj).is_some();
    let entries = match std::fs::read_dir(&*path) {
        Ok(rd) => rd,
        Err(e) => return Err(path_err(vm, &e, &path, None)),
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => names.push(e.file_name()),
            Err(e) => return Err(path_err(vm, &e, &path, None)),
        }
    }
    let items = names.iter().map(|n| os_name(vm, n, bytes_path)).collect();
    Ok(vm.new_list(items))
}

fn mode_arg(vm: &mut Vm, v: Option<Value>, default: i64) -> PyResult<u32> {
    Ok(match v {
        Some(v) => vm.ssize_arg(v)? as u32,
        None => default as u32,
    })
}

fn mkdir(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p, mode] = args(vm, "mkdir", a, kw, &["path", "mode"], 1)?;
    let p = path_arg(vm, p, "mkdir", "path")?;
    let mode = mode_arg(vm, mode, 0o777)?;
    use std::os::unix::fs::DirBuilderExt;
    let r = std::fs::DirBuilder::new().mode(mode).create(&p);
    none(r, vm, &p)
}

fn rmdir(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p] = args(vm, "rmdir", a, kw, &["path"], 1)?;
    let p = path_arg(vm, p, "rmdir", "path")?;
    none(std::fs::remove_dir(&p), vm, &p)
}

fn unlink(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p] = args(vm, "unlink", a, kw, &["path"], 1)?;
    let p = path_arg(vm, p, "unlink", "path")?;
    // remove_file on a directory fails with EISDIR on Linux, as unlink(2) does not; CPython
    // reports unlink's own errno.
    let r = p.c_string().and_then(|c| {
        // SAFETY: `c` is a valid NUL-terminated path for the call's duration.
        #[allow(unsafe_code)]
        let rc = unsafe { libc::unlink(c.as_ptr()) };
        if rc == 0 {
            Ok(())
        } else {
            Err(std::io::Error::last_os_error())
        }
    });
    none(r, vm, &p)
}

fn rename(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [s, d] = args(vm, "rename", a, kw, &["src", "dst"], 2)?;
    let s = path_arg(vm, s, "rename", "src")?;
    let d = path_arg(vm, d, "rename", "dst")?;
    match std::fs::rename(&s, &d) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_err(vm, &e, &s, Some(&d))),
    }
}

/// A stat result as a tuple: mode, ino, dev, nlink, uid, gid, size, the three times as ints,
/// as floats and in nanoseconds (atime, mtime, ctime each), then blksize, blocks, rdev.
fn stat_tuple(vm: &mut Vm, m: &std::fs::Metadata) -> Value {
    let times = [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ];
    let mut items = vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
    ];
    items.extend(times.iter().map(|&(s, _)| Value::Int(s)));
    items.extend(
        times
            .iter()
            .map(|&(s, ns)| Value::Float(s as f64 + ns as f64 * 1e-9)),
    );
    for &(s, ns) in &times {
        let total = num_bigint::BigInt::from(s) * 1_000_000_000i64 + ns;
        items.push(vm.int_from_big(total));
    }
    items.push(Value::Int(m.blksize() as i64));
    items.push(Value::Int(m.blocks() as i64));
    items.push(Value::Int(m.rdev() as i64));
    vm.new_tuple(items)
}

fn stat(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p, dir_fd, follow] = args(vm, "stat", a, kw, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let _ = dir_fd;
    let p = path_arg(vm, p, "stat", "path")?;
    let follow = match follow {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let r = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    match r {
        Ok(m) => Ok(stat_tuple(vm, &m)),
        Err(e) => Err(path_err(vm, &e, &p, None)),
    }
}

/// Whether `fd` names an open descriptor; EBADF when it does not.
pub fn check_fd(fd: i32) -> std::io::Result<()> {
    // SAFETY: F_GETFD only reads the descriptor's flags; a bad one only sets errno.
    #[allow(unsafe_code)]
    let rc = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if rc == -1 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// The metadata of an open descriptor (fstat), which stays the caller's.
pub fn fd_metadata(fd: i32) -> std::io::Result<std::fs::Metadata> {
    use std::os::fd::FromRawFd;
    check_fd(fd)?;
    // SAFETY: `fd` is open (checked above); ManuallyDrop never closes it.
    #[allow(unsafe_code)]
    let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    f.metadata()
}

fn fstat(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [fd] = args(vm, "fstat", a, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, fd)?;
    match fd_metadata(fd) {
        Ok(m) => Ok(stat_tuple(vm, &m)),
        Err(e) => Err(os_err(vm, &e, None, None)),
    }
}

fn lstat(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p] = args(vm, "lstat", a, kw, &["path"], 1)?;
    let p = path_arg(vm, p, "lstat", "path")?;
    match std::fs::symlink_metadata(&p) {
        Ok(m) => Ok(stat_tuple(vm, &m)),
        Err(e) => Err(path_err(vm, &e, &p, None)),
    }
}

fn chmod(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p, mode] = args(vm, "chmod", a, kw, &["path", "mode"], 2)?;
    let p = path_arg(vm, p, "chmod", "path")?;
    let mode = mode_arg(vm, mode, 0)?;
    none(
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)),
        vm,
        &p,
    )
}

fn access(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p, mode] = args(vm, "access", a, kw, &["path", "mode"], 2)?;
    let p = path_arg(vm, p, "access", "path")?;
    let mode = mode_arg(vm, mode, 0)? as i32;
    let ok = p.c_string().is_ok_and(|c| {
        // SAFETY: `c` is a valid NUL-terminated path for the call's duration.
        #[allow(unsafe_code)]
        let rc = unsafe { libc::access(c.as_ptr(), mode) };
        rc == 0
    });
    Ok(Value::Bool(ok))
}

fn readlink(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p] = args(vm, "readlink", a, kw, &["path"], 1)?;
    let p = path_arg(vm, p, "readlink", "path")?;
    match std::fs::read_link(&*p) {
        Ok(t) => {
            let bytes_path = vm.bytes_of(p.obj).is_some();
            Ok(os_name(vm, t.as_os_str(), bytes_path))
        }
        Err(e) => Err(path_err(vm, &e, &p, None)),
    }
}

fn symlink(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [s, d] = args(vm, "symlink", a, kw, &["src", "dst"], 2)?;
    let s = path_arg(vm, s, "symlink", "src")?;
    let d = path_arg(vm, d, "symlink", "dst")?;
    match std::os::unix::fs::symlink(&s, &d) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_err(vm, &e, &s, Some(&d))),
    }
}

/// `utime(path, (atime, mtime))` in seconds, or now when `times` is None.
fn utime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p, times] = args(vm, "utime", a, kw, &["path", "times"], 1)?;
    let p = path_arg(vm, p, "utime", "path")?;
    let spec = |secs: f64| libc::timespec {
        tv_sec: secs.floor() as libc::time_t,
        tv_nsec: ((secs - secs.floor()) * 1e9) as libc::c_long,
    };
    let ts = match times {
        None | Some(Value::None) => None,
        Some(t) => {
            let items = vm.iterate(t)?;
            let mut secs = Vec::new();
            for v in &items {
                secs.push(vm.to_f64(*v).unwrap_or(0.0));
            }
            vm.heap.decref_all(items);
            if secs.len() != 2 {
                return Err(vm.type_error(
                    "utime: 'times' must be either a tuple of two ints or None".into(),
                ));
            }
            Some([spec(secs[0]), spec(secs[1])])
        }
    };
    let r = p.c_string().and_then(|c| {
        let ptr = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
        // SAFETY: `c` is a valid path and `ptr` null or two timespecs, both live for the call.
        #[allow(unsafe_code)]
        let rc = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, 0) };
        if rc == 0 {
            Ok(())
        } else {
            Err(std::io::Error::last_os_error())
        }
    });
    none(r, vm, &p)
}

fn getpid(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn getuid(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    // SAFETY: getuid cannot fail and touches no memory.
    #[allow(unsafe_code)]
    let id = unsafe { libc::getuid() };
    Ok(Value::Int(id as i64))
}

fn getgid(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    // SAFETY: getgid cannot fail and touches no memory.
    #[allow(unsafe_code)]
    let id = unsafe { libc::getgid() };
    Ok(Value::Int(id as i64))
}

fn umask(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [m] = args(vm, "umask", a, kw, &["mask"], 1)?;
    let m = mode_arg(vm, m, 0)?;
    // SAFETY: umask only swaps the process's mask.
    #[allow(unsafe_code)]
    let old = unsafe { libc::umask(m as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

fn urandom(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    use std::io::Read;
    let [n] = args(vm, "urandom", a, kw, &["size"], 1)?;
    let n = vm.ssize_arg(n.unwrap_or(Value::Int(0)))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed".into()));
    }
    vm.check_budget(n as usize)?;
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    match r {
        Ok(()) => Ok(vm.new_bytes(buf)),
        Err(e) => Err(os_err(vm, &e, None, None)),
    }
}

fn strerror(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [code] = args(vm, "strerror", a, kw, &["code"], 1)?;
    let code = vm.ssize_arg(code.unwrap_or(Value::Int(0)))?;
    let e = std::io::Error::from_raw_os_error(code as i32);
    let text = crate::vm::exc::os_error_text(&e);
    Ok(vm.new_str(text))
}

fn cpu_count(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn putenv(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [k, v] = args(vm, "putenv", a, kw, &["name", "value"], 2)?;
    let k = path_arg(vm, k, "putenv", "name")?;
    let v = path_arg(vm, v, "putenv", "value")?;
    if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name".into()));
    }
    std::env::set_var(&k.os, &v.os);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [k] = args(vm, "unsetenv", a, kw, &["name"], 1)?;
    let k = path_arg(vm, k, "unsetenv", "name")?;
    if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name".into()));
    }
    std::env::remove_var(&k.os);
    Ok(Value::None)
}

fn fd_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i32> {
    Ok(vm.ssize_arg(v.unwrap_or(Value::Int(-1)))? as i32)
}

fn open(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p, flags, mode] = args(vm, "open", a, kw, &["path", "flags", "mode"], 2)?;
    let p = path_arg(vm, p, "open", "path")?;
    let flags = fd_arg(vm, flags)?;
    let mode = mode_arg(vm, mode, 0o777)?;
    let r = p.c_string().and_then(|c| {
        // SAFETY: `c` is a valid NUL-terminated path for the call's duration.
        #[allow(unsafe_code)]
        let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
        if fd >= 0 {
            Ok(fd)
        } else {
            Err(std::io::Error::last_os_error())
        }
    });
    match r {
        Ok(fd) => Ok(Value::Int(fd as i64)),
        Err(e) => Err(path_err(vm, &e, &p, None)),
    }
}

fn close(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [fd] = args(vm, "close", a, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, fd)?;
    // SAFETY: closing a descriptor the program names; a bad one only sets errno.
    #[allow(unsafe_code)]
    let rc = unsafe { libc::close(fd) };
    if rc == 0 {
        Ok(Value::None)
    } else {
        let e = std::io::Error::last_os_error();
        Err(os_err(vm, &e, None, None))
    }
}

fn read(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [fd, n] = args(vm, "read", a, kw, &["fd", "length"], 2)?;
    let fd = fd_arg(vm, fd)?;
    let n = vm.ssize_arg(n.unwrap_or(Value::Int(0)))?;
    if n < 0 {
        return Err(vm.value_error("negative length".into()));
    }
    vm.check_budget(n as usize)?;
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` has room for `n` bytes and outlives the call.
    #[allow(unsafe_code)]
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if got < 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_err(vm, &e, None, None));
    }
    buf.truncate(got as usize);
    Ok(vm.new_bytes(buf))
}

fn write(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [fd, data] = args(vm, "write", a, kw, &["fd", "data"], 2)?;
    let fd = fd_arg(vm, fd)?;
    let data = data.unwrap_or(Value::None);
    let Some(bytes) = vm.bytes_of(data).map(|b| b.to_vec()) else {
        let t = vm.type_name(data);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
    };
    // SAFETY: `bytes` is live and its length is passed.
    #[allow(unsafe_code)]
    let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
    if n < 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_err(vm, &e, None, None));
    }
    Ok(Value::Int(n as i64))
}

fn isatty(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [fd] = args(vm, "isatty", a, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, fd)?;
    Ok(Value::Bool(fd_is_tty(fd)))
}

/// Whether the descriptor is a terminal (false for a bad one).
pub fn fd_is_tty(fd: i32) -> bool {
    // SAFETY: isatty only queries the descriptor.
    #[allow(unsafe_code)]
    let t = unsafe { libc::isatty(fd) };
    t == 1
}

/// `lseek(fd, pos, how)`: the new offset.
fn lseek(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [fd, pos, how] = args(vm, "lseek", a, kw, &["fd", "position", "whence"], 3)?;
    let fd = fd_arg(vm, fd)?;
    let pos = vm.ssize_arg(pos.unwrap_or(Value::Int(0)))?;
    let how = fd_arg(vm, how)?;
    // SAFETY: lseek only moves the descriptor's offset.
    #[allow(unsafe_code)]
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_err(vm, &e, None, None));
    }
    Ok(Value::Int(r as i64))
}

/// `ftruncate(fd, length)`.
fn ftruncate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [fd, len] = args(vm, "ftruncate", a, kw, &["fd", "length"], 2)?;
    let fd = fd_arg(vm, fd)?;
    let len = vm.ssize_arg(len.unwrap_or(Value::Int(0)))?;
    // SAFETY: ftruncate only resizes the descriptor's file.
    #[allow(unsafe_code)]
    let r = unsafe { libc::ftruncate(fd, len as libc::off_t) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_err(vm, &e, None, None));
    }
    Ok(Value::None)
}

/// Runs a libc call on a path as a C string; the OS error it reports, if any.
fn with_c_path(
    path: &PathArg,
    call: impl FnOnce(*const libc::c_char) -> libc::c_int,
) -> std::io::Result<()> {
    let c = path.c_string()?;
    if call(c.as_ptr()) == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// `truncate(path, length)` (os.py sends a descriptor to `ftruncate`).
fn truncate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p, len] = args(vm, "truncate", a, kw, &["path", "length"], 2)?;
    let p = path_arg(vm, p, "truncate", "path")?;
    let len = vm.ssize_arg(len.unwrap_or(Value::Int(0)))?;
    // SAFETY: the pointer is a valid NUL-terminated path for the call's duration.
    #[allow(unsafe_code)]
    let r = with_c_path(&p, |c| unsafe { libc::truncate(c, len as libc::off_t) });
    none(r, vm, &p)
}

/// `mkfifo(path, mode)`: CPython reports its failures without the file name.
fn mkfifo(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p, mode] = args(vm, "mkfifo", a, kw, &["path", "mode"], 1)?;
    let p = path_arg(vm, p, "mkfifo", "path")?;
    let mode = mode_arg(vm, mode, 0o666)?;
    // SAFETY: the pointer is a valid NUL-terminated path for the call's duration.
    #[allow(unsafe_code)]
    let r = with_c_path(&p, |c| unsafe { libc::mkfifo(c, mode as libc::mode_t) });
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, None, None)),
    }
}

/// `fsync(fd)`.
fn fsync(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [fd] = args(vm, "fsync", a, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, fd)?;
    // SAFETY: fsync only flushes the descriptor's file.
    #[allow(unsafe_code)]
    let r = unsafe { libc::fsync(fd) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_err(vm, &e, None, None));
    }
    Ok(Value::None)
}
