//! The user and group databases (`pwd`, `grp`, written in Python over these), through the C
//! library's reentrant lookups, and the file-system calls about owners and space: `link`,
//! `chown`, `statvfs`.

use std::ffi::{CStr, CString};

use crate::heap::Value;
use crate::vm::native::Kwargs;
use crate::vm::{PyResult, Vm};

fn text(p: *const libc::c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: the C library hands back NUL-terminated strings inside our buffer.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// Calls a `get*_r` lookup with a growing buffer until it fits.
fn with_buffer<T>(
    mut call: impl FnMut(&mut [libc::c_char]) -> (libc::c_int, bool, T),
) -> Option<T> {
    let mut size = 1024;
    loop {
        let mut buf = vec![0 as libc::c_char; size];
        let (rc, found, v) = call(&mut buf);
        if rc == libc::ERANGE && size < 1 << 20 {
            size *= 4;
            continue;
        }
        return (rc == 0 && found).then_some(v);
    }
}

/// What a database lookup is by: a name (as a C string) or a 32-bit id; None when no
/// entry can match (an id out of range, a name with a NUL, anything else).
fn lookup_key(vm: &Vm, a: &[Value]) -> Option<(Option<CString>, i64)> {
    let key = a.first().copied().unwrap_or(Value::None);
    if let Some(name) = vm.str_of(key) {
        return CString::new(name).ok().map(|c| (Some(c), 0));
    }
    match key {
        Value::Int(id) if (0..=u32::MAX as i64).contains(&id) => Some((None, id)),
        _ => None,
    }
}

/// `posix._getpw(uid_or_name)`: the passwd entry as a 7-tuple, or None.
pub fn getpw(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some((cname, uid)) = lookup_key(vm, a) else {
        return Ok(Value::None);
    };
    let found = with_buffer(|buf| {
        // SAFETY: all-zero is a valid passwd for the call to fill in.
        let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
        let mut out: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: pw, buf and out outlive the call; buf's length is passed.
        let rc = unsafe {
            match &cname {
                Some(c) => {
                    libc::getpwnam_r(c.as_ptr(), &mut pw, buf.as_mut_ptr(), buf.len(), &mut out)
                }
                None => libc::getpwuid_r(
                    uid as libc::uid_t,
                    &mut pw,
                    buf.as_mut_ptr(),
                    buf.len(),
                    &mut out,
                ),
            }
        };
        let fields = (!out.is_null()).then(|| {
            (
                text(pw.pw_name),
                text(pw.pw_passwd),
                pw.pw_uid,
                pw.pw_gid,
                text(pw.pw_gecos),
                text(pw.pw_dir),
                text(pw.pw_shell),
            )
        });
        (rc, !out.is_null(), fields)
    });
    let Some(Some((n, p, u, g, gecos, dir, shell))) = found else {
        return Ok(Value::None);
    };
    let items = vec![
        vm.new_str(n),
        vm.new_str(p),
        Value::Int(u as i64),
        Value::Int(g as i64),
        vm.new_str(gecos),
        vm.new_str(dir),
        vm.new_str(shell),
    ];
    Ok(vm.new_tuple(items))
}

/// `posix._getgr(gid_or_name)`: the group entry as (name, passwd, gid, [members]), or None.
pub fn getgr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some((cname, gid)) = lookup_key(vm, a) else {
        return Ok(Value::None);
    };
    let found = with_buffer(|buf| {
        // SAFETY: all-zero is a valid group for the call to fill in.
        let mut gr: libc::group = unsafe { std::mem::zeroed() };
        let mut out: *mut libc::group = std::ptr::null_mut();
        // SAFETY: gr, buf and out outlive the call; buf's length is passed.
        let rc = unsafe {
            match &cname {
                Some(c) => {
                    libc::getgrnam_r(c.as_ptr(), &mut gr, buf.as_mut_ptr(), buf.len(), &mut out)
                }
                None => libc::getgrgid_r(
                    gid as libc::gid_t,
                    &mut gr,
                    buf.as_mut_ptr(),
                    buf.len(),
                    &mut out,
                ),
            }
        };
        let fields = (!out.is_null()).then(|| {
            let mut members = Vec::new();
            let mut p = gr.gr_mem;
            // SAFETY: gr_mem is a NULL-terminated array of C strings in buf.
            unsafe {
                while !p.is_null() && !(*p).is_null() {
                    members.push(text(*p));
                    p = p.add(1);
                }
            }
            (text(gr.gr_name), text(gr.gr_passwd), gr.gr_gid, members)
        });
        (rc, !out.is_null(), fields)
    });
    let Some(Some((n, p, g, members))) = found else {
        return Ok(Value::None);
    };
    let members = members.into_iter().map(|m| vm.new_str(m)).collect();
    let members = vm.new_list(members);
    let items = vec![vm.new_str(n), vm.new_str(p), Value::Int(g as i64), members];
    Ok(vm.new_tuple(items))
}

/// `posix.link(src, dst)`: a hard link.
pub fn link(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [s, d] = super::parse_args(vm, "link", a, kw, &["src", "dst"], 2)?;
    let s = super::posix::path_arg(vm, s, "link", "src")?;
    let d = super::posix::path_arg(vm, d, "link", "dst")?;
    match std::fs::hard_link(&s, &d) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(super::posix::path_err(vm, &e, &s, Some(&d))),
    }
}

/// `posix.chown(path, uid, gid)` (-1 leaves one unchanged).
pub fn chown(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p, u, g] = super::parse_args(vm, "chown", a, kw, &["path", "uid", "gid"], 3)?;
    let p = super::posix::path_arg(vm, p, "chown", "path")?;
    let id = |vm: &mut Vm, v: Option<Value>| -> PyResult<Option<u32>> {
        let n = vm.c_long_arg(v.unwrap_or(Value::None))?;
        match n {
            -1 => Ok(None),
            n if (0..=u32::MAX as i64).contains(&n) => Ok(Some(n as u32)),
            _ => Err(vm.overflow_error("id out of range for uid_t/gid_t".into())),
        }
    };
    let (u, g) = (id(vm, u)?, id(vm, g)?);
    match std::os::unix::fs::chown(&p, u, g) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(super::posix::path_err(vm, &e, &p, None)),
    }
}

/// `posix.statvfs(path)`: the ten fields of `os.statvfs_result`, as a tuple.
/// `statvfs(path)`, or of a descriptor when `path` is an int: the 10 items of
/// statvfs_result, then `f_fsid`.
pub fn statvfs(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [p] = super::parse_args(vm, "statvfs", a, kw, &["path"], 1)?;
    // SAFETY: all-zero is a valid statvfs for the call to fill in.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if let Some(Value::Int(fd)) = p {
        // SAFETY: st outlives the call; a bad descriptor is reported as EBADF.
        if unsafe { libc::fstatvfs(fd as libc::c_int, &mut st) } != 0 {
            return Err(fd_error(vm, fd));
        }
        return Ok(statvfs_tuple(vm, &st));
    }
    let p = super::posix::path_arg(vm, p, "statvfs", "path")?;
    let Ok(c) = CString::new(p.as_bytes()) else {
        return Err(vm.value_error("embedded null byte".into()));
    };
    // SAFETY: c is NUL-terminated and st outlives the call.
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(super::posix::path_err(vm, &e, &p, None));
    }
    Ok(statvfs_tuple(vm, &st))
}

/// `fstatvfs(fd)`: statvfs of an open descriptor (an error names no file).
pub fn fstatvfs(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "posix.fstatvfs() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let fd = vm.ssize_arg(a[0])?;
    // SAFETY: all-zero is a valid statvfs for the call to fill in.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: st outlives the call; a bad descriptor is reported as EBADF.
    if unsafe { libc::fstatvfs(fd as libc::c_int, &mut st) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(super::io::os_error_for(vm, &e, None, None));
    }
    Ok(statvfs_tuple(vm, &st))
}

/// The OSError for a failed call on descriptor `fd`, naming it as CPython does (`: 999`).
fn fd_error(vm: &mut Vm, fd: i64) -> crate::vm::PyErr {
    let e = std::io::Error::last_os_error();
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let text = crate::vm::exc::os_error_text(&e);
    let args = [Value::Int(errno), vm.new_str(text), Value::Int(fd)];
    let class = vm.types.os_error;
    let exc = vm.new_os_error(class, &args);
    vm.heap.decref_all(args);
    crate::vm::PyErr(exc)
}

fn statvfs_tuple(vm: &mut Vm, st: &libc::statvfs) -> Value {
    let items = [
        st.f_bsize as i64,
        st.f_frsize as i64,
        st.f_blocks as i64,
        st.f_bfree as i64,
        st.f_bavail as i64,
        st.f_files as i64,
        st.f_ffree as i64,
        st.f_favail as i64,
        st.f_flag as i64,
        st.f_namemax as i64,
        st.f_fsid as i64,
    ]
    .map(Value::Int)
    .to_vec();
    vm.new_tuple(items)
}
