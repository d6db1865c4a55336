//! `memoryview`: a window on another object's bytes (bytes, bytearray, `array.array`) with
//! a struct-style item format, a shape and strides. The view holds its exporter (state
//! `obj`) and an export token (`buffer.rs`) that keeps a bytearray or array from resizing
//! until the view is released or dies. Slicing makes views on the same bytes; `cast`
//! reinterprets them; writes go straight to the exporter.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::buffer;
use super::native_types::{self, TypeSpec};
use crate::heap::object::Kind;
use crate::heap::Value;
use crate::objects::code::CmpKind;
use crate::vm::int_args::Index;
use crate::vm::native::{Kwargs, NativeFn};
use crate::vm::{PyErr, PyResult, Vm};

/// A view's geometry, fixed when it is made; `released` and the token change on release.
pub struct View {
    format: String,
    itemsize: usize,
    readonly: bool,
    /// Where item 0 starts in the exporter's bytes.
    offset: isize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    released: Cell<bool>,
    token: RefCell<Option<Rc<()>>>,
}

impl View {
    fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    /// The strides of a C-contiguous array of this shape.
    fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
        let mut strides = vec![0isize; shape.len()];
        let mut s = itemsize as isize;
        for (i, &n) in shape.iter().enumerate().rev() {
            strides[i] = s;
            s *= n.max(1) as isize;
        }
        strides
    }

    fn is_c_contiguous(&self) -> bool {
        self.nbytes() == 0 || self.contiguous_as(&View::c_strides(&self.shape, self.itemsize))
    }

    fn is_f_contiguous(&self) -> bool {
        if self.nbytes() == 0 {
            return true;
        }
        let mut strides = vec![0isize; self.shape.len()];
        let mut s = self.itemsize as isize;
        for (i, &n) in self.shape.iter().enumerate() {
            strides[i] = s;
            s *= n.max(1) as isize;
        }
        self.contiguous_as(&strides)
    }

    /// Whether the strides match `want` wherever a dimension has more than one item.
    fn contiguous_as(&self, want: &[isize]) -> bool {
        self.shape
            .iter()
            .zip(&self.strides)
            .zip(want)
            .all(|((&n, &s), &w)| n <= 1 || s == w)
    }

    /// The byte offsets of every item, in C order.
    fn offsets(&self) -> Vec<usize> {
        let mut out = vec![self.offset];
        for (&n, &s) in self.shape.iter().zip(&self.strides) {
            out = out
                .iter()
                .flat_map(|&o| (0..n as isize).map(move |i| o + i * s))
                .collect();
        }
        out.into_iter().map(|o| o as usize).collect()
    }
}

fn sub_views_error(vm: &mut Vm) -> PyErr {
    vm.exception_with_msg(
        vm.types.not_implemented_error,
        "multi-dimensional sub-views are not implemented".into(),
    )
}

fn released_error(vm: &mut Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object".into())
}

/// The view behind `m`, refusing a released one.
fn view(vm: &mut Vm, m: Value) -> PyResult<Rc<View>> {
    match native_types::native_data::<View>(vm, m) {
        Some(v) if !v.released.get() => Ok(v),
        _ => Err(released_error(vm)),
    }
}

fn exporter(vm: &Vm, m: Value) -> Value {
    native_types::state(vm, m, 0)
}

/// Whether `v` is a memoryview.
pub fn is_memoryview(vm: &Vm, v: Value) -> bool {
    native_types::native_data::<View>(vm, v).is_some()
}

/// The bytes a view shows, gathered in C order (None for a released view or none at all).
pub fn view_bytes(vm: &Vm, m: Value) -> Option<Vec<u8>> {
    let v = native_types::native_data::<View>(vm, m)?;
    if v.released.get() {
        return None;
    }
    let src = buffer::exporter_bytes(vm, exporter(vm, m))?;
    let mut out = Vec::with_capacity(v.nbytes());
    for o in v.offsets() {
        out.extend_from_slice(src.get(o..o + v.itemsize)?);
    }
    Some(out)
}

// ---- formats ---------------------------------------------------------------------------

fn format_size(f: &str) -> Option<usize> {
    let f = f.strip_prefix('@').unwrap_or(f);
    Some(match f {
        "b" | "B" | "c" | "?" => 1,
        "h" | "H" => 2,
        "i" | "I" | "f" => 4,
        "l" | "L" | "q" | "Q" | "n" | "N" | "d" | "P" => 8,
        _ => return None,
    })
}

fn is_byte_format(f: &str) -> bool {
    matches!(f.strip_prefix('@').unwrap_or(f), "B" | "b" | "c")
}

fn unsupported(vm: &mut Vm, f: &str) -> PyErr {
    vm.exception_with_msg(
        vm.types.not_implemented_error,
        format!("memoryview: format {f} not supported"),
    )
}

fn unpack(vm: &mut Vm, f: &str, b: &[u8]) -> PyResult<Value> {
    fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
        let mut r = [0u8; N];
        r.copy_from_slice(&b[..N]);
        r
    }
    Ok(match f.strip_prefix('@').unwrap_or(f) {
        "b" => Value::Int(b[0] as i8 as i64),
        "B" => Value::Int(b[0] as i64),
        "?" => Value::Bool(b[0] != 0),
        "c" => vm.new_bytes(vec![b[0]]),
        "h" => Value::Int(i16::from_ne_bytes(arr(b)) as i64),
        "H" => Value::Int(u16::from_ne_bytes(arr(b)) as i64),
        "i" => Value::Int(i32::from_ne_bytes(arr(b)) as i64),
        "I" => Value::Int(u32::from_ne_bytes(arr(b)) as i64),
        "l" | "q" | "n" => Value::Int(i64::from_ne_bytes(arr(b))),
        "L" | "Q" | "N" | "P" => {
            let u = u64::from_ne_bytes(arr(b));
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.int_from_big(num_bigint::BigInt::from(u)),
            }
        }
        "f" => Value::Float(f32::from_ne_bytes(arr(b)) as f64),
        "d" => Value::Float(f64::from_ne_bytes(arr(b))),
        _ => return Err(unsupported(vm, f)),
    })
}

fn pack(vm: &mut Vm, f: &str, v: Value) -> PyResult<Vec<u8>> {
    let bare = f.strip_prefix('@').unwrap_or(f);
    let invalid_type =
        |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{f}'"));
    let invalid_value =
        |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{f}'"));
    match bare {
        "f" | "d" => {
            let x = match v {
                Value::Float(x) => x,
                _ => match super::math::to_double(vm, v) {
                    Ok(x) => x,
                    Err(e) => {
                        vm.heap.decref(e.0);
                        return Err(invalid_type(vm));
                    }
                },
            };
            Ok(if bare == "f" {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        "?" => Ok(vec![vm.truthy(v)? as u8]),
        "c" => match vm.bytes_of(v) {
            Some(b)
                if b.len() == 1
                    && matches!(vm.heap.kind(v.as_obj().expect("bytes")), Kind::Bytes(_)) =>
            {
                Ok(b.to_vec())
            }
            Some(_) if matches!(vm.heap.kind(v.as_obj().expect("bytes")), Kind::Bytes(_)) => {
                Err(invalid_value(vm))
            }
            _ => Err(invalid_type(vm)),
        },
        "w" => Err(unsupported(vm, f)),
        _ => {
            let x = match vm.try_index(v) {
                Ok(Some(Index::Fits(i))) => i as i128,
                Ok(Some(Index::Huge { .. })) => return Err(invalid_value(vm)),
                Ok(None) => return Err(invalid_type(vm)),
                Err(e) => return Err(e),
            };
            let (lo, hi): (i128, i128) = match bare {
                "b" => (i8::MIN as i128, i8::MAX as i128),
                "B" => (0, u8::MAX as i128),
                "h" => (i16::MIN as i128, i16::MAX as i128),
                "H" => (0, u16::MAX as i128),
                "i" => (i32::MIN as i128, i32::MAX as i128),
                "I" => (0, u32::MAX as i128),
                "l" | "q" | "n" => (i64::MIN as i128, i64::MAX as i128),
                _ => (0, u64::MAX as i128),
            };
            if !(lo..=hi).contains(&x) {
                return Err(invalid_value(vm));
            }
            let n = format_size(f).unwrap_or(1);
            Ok((x as i64 as u64).to_ne_bytes()[..n].to_vec())
        }
    }
}

// ---- construction ------------------------------------------------------------------------

fn make(vm: &mut Vm, obj: Value, v: View) -> PyResult<Value> {
    let Some(class) = native_types::class_named(vm, "builtins", "memoryview") else {
        return Err(vm.runtime_error("memoryview is not defined".into()));
    };
    if let Some(k) = vm.unwrap_payload(obj).as_obj() {
        *v.token.borrow_mut() = Some(buffer::export(vm, k));
    }
    let obj = vm.incref(obj);
    Ok(native_types::instance_with_native(
        vm,
        class,
        vec![obj],
        Rc::new(v),
    ))
}

/// A view of the whole of `obj` (a memoryview gives a copy of its own view).
pub fn of(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if let Some(src) = native_types::native_data::<View>(vm, obj) {
        if src.released.get() {
            return Err(released_error(vm));
        }
        let base = exporter(vm, obj);
        return make(
            vm,
            base,
            derived(&src, src.offset, src.shape.clone(), src.strides.clone()),
        );
    }
    let (format, readonly) = if let Some(d) = super::array::data(vm, obj) {
        let f = if d.code == b'u' { 'w' } else { d.code as char };
        (f.to_string(), false)
    } else {
        match vm.unwrap_payload(obj).as_obj().map(|k| vm.heap.kind(k)) {
            Some(Kind::Bytes(_)) => ("B".to_string(), true),
            Some(Kind::ByteArray(_)) => ("B".to_string(), false),
            _ => {
                let t = vm.type_name(obj);
                return Err(vm.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{t}'"
                )));
            }
        }
    };
    let itemsize = format_size(&format).unwrap_or(4);
    let n = buffer::exporter_bytes(vm, obj).map_or(0, <[u8]>::len) / itemsize;
    make(
        vm,
        obj,
        View {
            format,
            itemsize,
            readonly,
            offset: 0,
            shape: vec![n],
            strides: vec![itemsize as isize],
            released: Cell::new(false),
            token: RefCell::new(None),
        },
    )
}

fn derived(src: &View, offset: isize, shape: Vec<usize>, strides: Vec<isize>) -> View {
    View {
        format: src.format.clone(),
        itemsize: src.itemsize,
        readonly: src.readonly,
        offset,
        shape,
        strides,
        released: Cell::new(false),
        token: RefCell::new(None),
    }
}

fn new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [obj] = super::parse_args(vm, "memoryview", &a[1..], kw, &["object"], 1)?;
    of(vm, obj.unwrap_or(Value::None))
}

// ---- items ------------------------------------------------------------------------------

/// The byte offset of the item an index (or tuple of indices) names.
fn locate(vm: &mut Vm, v: &View, key: Value) -> PyResult<Option<usize>> {
    let indices: Vec<Value> = match key.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => {
            if vm.try_index(key)?.is_none() {
                return Ok(None);
            }
            vec![key]
        }
    };
    if indices.len() < v.shape.len() && !indices.is_empty() {
        return Err(sub_views_error(vm));
    }
    if indices.len() > v.shape.len() {
        return Err(vm.type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            v.shape.len(),
            indices.len()
        )));
    }
    let mut off = v.offset;
    for (dim, (&ix, (&n, &s))) in indices
        .iter()
        .zip(v.shape.iter().zip(&v.strides))
        .enumerate()
    {
        let i = match vm.try_index(ix)? {
            Some(Index::Fits(i)) => i,
            Some(Index::Huge { .. }) => i64::MAX,
            None => return Err(vm.type_error("memoryview: invalid slice key".into())),
        };
        let j = if i < 0 { i + n as i64 } else { i };
        if !(0..n as i64).contains(&j) {
            return Err(vm.index_error(&format!("index out of bounds on dimension {}", dim + 1)));
        }
        off += j as isize * s;
    }
    Ok(Some(off as usize))
}

fn read_item(vm: &mut Vm, m: Value, v: &View, off: usize) -> PyResult<Value> {
    let bytes = buffer::exporter_bytes(vm, exporter(vm, m))
        .and_then(|b| b.get(off..off + v.itemsize))
        .map(<[u8]>::to_vec);
    match bytes {
        Some(b) => unpack(vm, &v.format, &b),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn getitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (m, key) = (a[0], a[1]);
    let v = view(vm, m)?;
    if vm.is_slice(key) {
        // A slice cuts the first dimension; the others stay whole.
        let Some(&n0) = v.shape.first() else {
            return Err(vm.type_error("invalid indexing of 0-dim memory".into()));
        };
        let (start, _, step) = vm.slice_indices(key, n0)?;
        let n = vm.slice_positions(key, n0)?.len();
        let offset = v.offset + start as isize * v.strides[0];
        let mut shape = v.shape.clone();
        let mut strides = v.strides.clone();
        shape[0] = n;
        strides[0] *= step as isize;
        let sub = derived(&v, offset, shape, strides);
        let base = exporter(vm, m);
        return make(vm, base, sub);
    }
    if v.shape.is_empty() {
        return read_item(vm, m, &v, v.offset as usize);
    }
    match locate(vm, &v, key)? {
        Some(off) => read_item(vm, m, &v, off),
        None => Err(vm.type_error("memoryview: invalid slice key".into())),
    }
}

fn write_bytes(vm: &mut Vm, m: Value, writes: Vec<(usize, Vec<u8>)>) -> PyResult<()> {
    let obj = vm.unwrap_payload(exporter(vm, m));
    let target: Option<&mut Vec<u8>> = match obj.as_obj().map(|k| vm.heap.kind_mut(k)) {
        Some(Kind::ByteArray(b)) => Some(b),
        Some(Kind::Instance(i)) => i.array_mut().map(|a| &mut a.bytes),
        _ => None,
    };
    let Some(target) = target else {
        return Err(vm.type_error("cannot modify read-only memory".into()));
    };
    for (off, b) in writes {
        if let Some(slot) = target.get_mut(off..off + b.len()) {
            slot.copy_from_slice(&b);
        }
    }
    Ok(())
}

fn setitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let (m, key, value) = (a[0], a[1], a[2]);
    let v = view(vm, m)?;
    if v.readonly {
        return Err(vm.type_error("cannot modify read-only memory".into()));
    }
    if vm.is_slice(key) {
        if v.shape.len() != 1 {
            return Err(vm.exception_with_msg(
                vm.types.not_implemented_error,
                "memoryview slice assignments are currently restricted to ndim = 1".into(),
            ));
        }
        let pos = vm.slice_positions(key, v.shape[0])?;
        let src = of(vm, value)?;
        let same = {
            let s = native_types::native_data::<View>(vm, src);
            s.is_some_and(|s| {
                s.format.trim_start_matches('@') == v.format.trim_start_matches('@')
                    && s.shape == [pos.len()]
            })
        };
        let data = if same { view_bytes(vm, src) } else { None };
        release_view(vm, src);
        vm.heap.decref(src);
        let Some(data) = data else {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures".into(),
            ));
        };
        let writes = pos
            .iter()
            .zip(data.chunks(v.itemsize))
            .map(|(&p, c)| ((v.offset + p as isize * v.strides[0]) as usize, c.to_vec()))
            .collect();
        write_bytes(vm, m, writes)?;
        return Ok(Value::None);
    }
    let off = match locate(vm, &v, key)? {
        Some(off) => off,
        None => return Err(vm.type_error("memoryview: invalid slice key".into())),
    };
    let b = pack(vm, &v.format, value)?;
    write_bytes(vm, m, vec![(off, b)])?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = view(vm, a[0])?;
    if v.readonly {
        return Err(vm.type_error("cannot modify read-only memory".into()));
    }
    Err(vm.type_error("cannot delete memory".into()))
}

fn dunder_len(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = view(vm, a[0])?;
    match v.shape.first() {
        Some(&n) => Ok(Value::Int(n as i64)),
        None => Err(vm.type_error("0-dim memory has no length".into())),
    }
}

// ---- methods ----------------------------------------------------------------------------

fn release_view(vm: &mut Vm, m: Value) {
    if let Some(v) = native_types::native_data::<View>(vm, m) {
        v.released.set(true);
        v.token.borrow_mut().take();
        native_types::set_state(vm, m, 0, Value::None);
    }
}

fn release(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    release_view(vm, a[0]);
    Ok(Value::None)
}

fn enter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    view(vm, a[0])?;
    Ok(vm.incref(a[0]))
}

fn exit(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    release_view(vm, a[0]);
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [order] = super::parse_args(vm, "tobytes", &a[1..], kw, &["order"], 0)?;
    view(vm, a[0])?;
    if let Some(o) = order.filter(|o| !matches!(o, Value::None)) {
        if !matches!(vm.str_of(o), Some("C" | "F" | "A")) {
            return Err(vm.value_error("order must be 'C', 'F' or 'A'".into()));
        }
    }
    let b = view_bytes(vm, a[0]).unwrap_or_default();
    Ok(vm.new_bytes(b))
}

fn tolist(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = view(vm, a[0])?;
    if format_size(&v.format).is_none() {
        return Err(unsupported(vm, &v.format));
    }
    let bytes = view_bytes(vm, a[0]).unwrap_or_default();
    let mut items = Vec::with_capacity(bytes.len() / v.itemsize.max(1));
    for c in bytes.chunks(v.itemsize.max(1)) {
        match unpack(vm, &v.format, c) {
            Ok(x) => items.push(x),
            Err(e) => {
                items.into_iter().for_each(|x| vm.heap.decref(x));
                return Err(e);
            }
        }
    }
    if v.shape.is_empty() {
        return Ok(items.pop().unwrap_or(Value::None));
    }
    // Nest from the innermost dimension out.
    for &n in v.shape[1..].iter().rev() {
        let mut rows = Vec::new();
        let mut it = items.into_iter();
        loop {
            let row: Vec<Value> = it.by_ref().take(n).collect();
            if row.is_empty() && n > 0 {
                break;
            }
            rows.push(vm.new_list(row));
            if n == 0 {
                break;
            }
        }
        items = rows;
    }
    Ok(vm.new_list(items))
}

fn hex(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    view(vm, a[0])?;
    let b = view_bytes(vm, a[0]).unwrap_or_default();
    let b = vm.new_bytes(b);
    let key = vm.intern("hex");
    let r = vm.getattr(b, key).and_then(|f| {
        let r = vm.call_kw(f, &a[1..], kw);
        vm.heap.decref(f);
        r
    });
    vm.heap.decref(b);
    r
}

fn toreadonly(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = view(vm, a[0])?;
    let mut ro = derived(&v, v.offset, v.shape.clone(), v.strides.clone());
    ro.readonly = true;
    let base = exporter(vm, a[0]);
    make(vm, base, ro)
}

fn cast(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [format, shape] = super::parse_args(vm, "cast", &a[1..], kw, &["format", "shape"], 1)?;
    let format = format.unwrap_or(Value::None);
    let Some(f) = vm.str_of(format).map(str::to_string) else {
        let t = vm.type_name(format);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {t}")));
    };
    let v = view(vm, a[0])?;
    if !v.is_c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views".into()));
    }
    let Some(itemsize) = format_size(&f).filter(|_| f.trim_start_matches('@').len() == 1) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'".into(),
        ));
    };
    if !is_byte_format(&f) && !is_byte_format(&v.format) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats".into()));
    }
    let nbytes = v.nbytes();
    let shape = match shape.filter(|s| !matches!(s, Value::None)) {
        None => {
            if nbytes % itemsize != 0 {
                return Err(
                    vm.type_error("memoryview: length is not a multiple of itemsize".into())
                );
            }
            vec![nbytes / itemsize]
        }
        Some(s) => {
            let dims = match s.as_obj().map(|k| vm.heap.kind(k)) {
                Some(Kind::List(l)) => l.clone(),
                Some(Kind::Tuple(t)) => t.to_vec(),
                _ => return Err(vm.type_error("shape must be a list or a tuple".into())),
            };
            let mut shape = Vec::new();
            for d in dims {
                match vm.try_index(d)? {
                    Some(Index::Fits(n)) if n > 0 => shape.push(n as usize),
                    _ => {
                        return Err(vm.value_error(
                            "memoryview.cast(): elements of shape must be integers > 0".into(),
                        ))
                    }
                }
            }
            if shape.iter().product::<usize>() * itemsize != nbytes {
                return Err(
                    vm.type_error("memoryview: product(shape) * itemsize != buffer size".into())
                );
            }
            shape
        }
    };
    let strides = View::c_strides(&shape, itemsize);
    let new = View {
        format: f.trim_start_matches('@').to_string(),
        itemsize,
        readonly: v.readonly,
        offset: v.offset,
        shape,
        strides,
        released: Cell::new(false),
        token: RefCell::new(None),
    };
    let base = exporter(vm, a[0]);
    make(vm, base, new)
}

fn repr(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let released = native_types::native_data::<View>(vm, a[0]).is_none_or(|v| v.released.get());
    let at = a[0].as_obj().map_or(0, crate::vm::repr::addr);
    let s = if released {
        format!("<released memory at {at:#x}>")
    } else {
        format!("<memory at {at:#x}>")
    };
    Ok(vm.new_str(s))
}

/// The items of a view (or of a bytes-like object seen as one), for comparison.
fn items_for_compare(vm: &mut Vm, v: Value) -> PyResult<Option<(Vec<usize>, Vec<Value>)>> {
    let m = if is_memoryview(vm, v) {
        vm.incref(v)
    } else if buffer::exporter_bytes(vm, v).is_some() {
        of(vm, v)?
    } else {
        return Ok(None);
    };
    let r = (|| {
        let view = view(vm, m)?;
        let list = tolist(vm, &[m], &[])?;
        let mut flat = Vec::new();
        flatten(vm, list, &mut flat);
        vm.heap.decref(list);
        Ok(Some((view.shape.clone(), flat)))
    })();
    if !m.is(v) {
        release_view(vm, m);
    }
    vm.heap.decref(m);
    r
}

fn flatten(vm: &mut Vm, v: Value, out: &mut Vec<Value>) {
    match v.as_obj().map(|k| vm.heap.kind(k)) {
        Some(Kind::List(l)) => {
            for x in l.clone() {
                flatten(vm, x, out);
            }
        }
        _ => out.push(vm.incref(v)),
    }
}

fn eq_items(vm: &mut Vm, x: &[Value], y: &[Value]) -> PyResult<bool> {
    for (&p, &q) in x.iter().zip(y) {
        let r = vm.compare(CmpKind::Eq, p, q)?;
        let t = vm.truthy(r);
        vm.heap.decref(r);
        if !t? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare_eq(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let (x, y) = (a[0], a[1]);
    let released = |vm: &Vm, v: Value| {
        native_types::native_data::<View>(vm, v).is_some_and(|d| d.released.get())
    };
    // Only a released view equals itself by identity; a live one compares its items, so
    // a view of a NaN differs from itself.
    if released(vm, x) || released(vm, y) {
        return Ok(Value::Bool(x.is(y)));
    }
    let Some((sx, ix)) = items_for_compare(vm, x)? else {
        return Ok(Value::NotImplemented);
    };
    let other = match items_for_compare(vm, y) {
        Ok(o) => o,
        Err(e) => {
            ix.into_iter().for_each(|v| vm.heap.decref(v));
            return Err(e);
        }
    };
    let Some((sy, iy)) = other else {
        ix.into_iter().for_each(|v| vm.heap.decref(v));
        return Ok(Value::NotImplemented);
    };
    let r = if sx == sy {
        eq_items(vm, &ix, &iy)
    } else {
        Ok(false)
    };
    ix.into_iter().chain(iy).for_each(|v| vm.heap.decref(v));
    r.map(Value::Bool)
}

fn eq(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    compare_eq(vm, a)
}

fn ne(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(match compare_eq(vm, a)? {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn hash(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = view(vm, a[0])?;
    if !v.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object".into()));
    }
    if !is_byte_format(&v.format) {
        return Err(
            vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'".into())
        );
    }
    let obj = exporter(vm, a[0]);
    vm.hash(obj)?;
    let b = view_bytes(vm, a[0]).unwrap_or_default();
    let b = vm.new_bytes(b);
    let h = vm.hash(b);
    vm.heap.decref(b);
    Ok(Value::Int(h?))
}

// ---- attributes ---------------------------------------------------------------------------

fn not_writable(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Rc<View>> {
    if a.len() > 1 {
        return Err(vm.attribute_error(format!(
            "attribute '{name}' of 'memoryview' objects is not writable"
        )));
    }
    view(vm, a[0])
}

fn ints(vm: &mut Vm, xs: impl Iterator<Item = i64>) -> Value {
    let items = xs.map(Value::Int).collect();
    vm.new_tuple(items)
}

macro_rules! getter {
    ($name:ident, $attr:literal, |$vm:ident, $v:ident, $m:ident| $body:expr) => {
        fn $name($vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
            let $v = not_writable($vm, a, $attr)?;
            let $m = a[0];
            let _ = (&$v, $m);
            Ok($body)
        }
    };
}

getter!(obj_attr, "obj", |vm, v, m| vm.incref(exporter(vm, m)));
getter!(nbytes, "nbytes", |vm, v, m| Value::Int(v.nbytes() as i64));
getter!(readonly, "readonly", |vm, v, m| Value::Bool(v.readonly));
getter!(itemsize, "itemsize", |vm, v, m| Value::Int(
    v.itemsize as i64
));
getter!(format, "format", |vm, v, m| vm.new_str(v.format.clone()));
getter!(ndim, "ndim", |vm, v, m| Value::Int(v.shape.len() as i64));
getter!(shape, "shape", |vm, v, m| ints(
    vm,
    v.shape.iter().map(|&n| n as i64)
));
getter!(strides, "strides", |vm, v, m| ints(
    vm,
    v.strides.iter().map(|&n| n as i64)
));
getter!(suboffsets, "suboffsets", |vm, v, m| vm
    .new_tuple(Vec::new()));
getter!(c_contiguous, "c_contiguous", |vm, v, m| Value::Bool(
    v.is_c_contiguous()
));
getter!(f_contiguous, "f_contiguous", |vm, v, m| Value::Bool(
    v.is_f_contiguous()
));
getter!(contiguous, "contiguous", |vm, v, m| Value::Bool(
    v.is_c_contiguous() || v.is_f_contiguous()
));

// ---- the iterator -----------------------------------------------------------------------------
// State: 0 the view (Undef once exhausted), 1 the next position.

fn iter(vm: &mut Vm, a: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = view(vm, a[0])?;
    if v.shape.len() != 1 {
        return Err(sub_views_error(vm));
    }
    if format_size(&v.format).is_none() {
        return Err(unsupported(vm, &v.format));
    }
    let Some(class) = native_types::class_named(vm, "builtins", "memory_iterator") else {
        return Err(vm.runtime_error("memory_iterator is not defined".into()));
    };
    let m = vm.incref(a[0]);
    Ok(native_types::instance(vm, class, vec![m, Value::Int(0)]))
}

fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let m = native_types::state(vm, it, 0);
    if m.is_undef() {
        return Ok(None);
    }
    let pos = match native_types::state(vm, it, 1) {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let v = view(vm, m)?;
    if pos >= v.shape[0] {
        native_types::set_state(vm, it, 0, Value::Undef);
        return Ok(None);
    }
    native_types::set_state(vm, it, 1, Value::Int(pos as i64 + 1));
    let off = (v.offset + pos as isize * v.strides[0]) as usize;
    read_item(vm, m, &v, off).map(Some)
}

const METHODS: &[(&str, NativeFn)] = &[
    ("cast", cast),
    ("hex", hex),
    ("release", release),
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("toreadonly", toreadonly),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__len__", dunder_len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__hash__", hash),
];

const TYPES: &[TypeSpec] = &[
    TypeSpec {
        module: "builtins",
        name: "memoryview",
        state: &["obj"],
        methods: METHODS,
        new,
        next: None,
        basetype: false,
        getters: &[
            ("obj", obj_attr),
            ("nbytes", nbytes),
            ("readonly", readonly),
            ("itemsize", itemsize),
            ("format", format),
            ("ndim", ndim),
            ("shape", shape),
            ("strides", strides),
            ("suboffsets", suboffsets),
            ("c_contiguous", c_contiguous),
            ("f_contiguous", f_contiguous),
            ("contiguous", contiguous),
        ],
    },
    TypeSpec {
        module: "builtins",
        name: "memory_iterator",
        state: &["_view", "_index"],
        methods: &[],
        new: native_types::no_direct_new,
        next: Some(iter_next),
        basetype: false,
        getters: &[],
    },
];

/// Puts `memoryview` in the builtins (its iterator type is only reachable from it).
pub fn install(vm: &mut Vm) {
    let Some(b) = vm.builtins.as_obj() else {
        return;
    };
    for spec in TYPES {
        let class = native_types::define(vm, b, spec);
        if spec.name == "memory_iterator" {
            let key = vm.intern(spec.name);
            vm.ns_del(b, key);
        }
        let _ = class;
    }
}
