//! What a builtin function object carries besides its code: the id of the Rust function the
//! interpreter calls (`NativeId`, an index into the interpreter's table of natives, so the heap
//! needs no interpreter type), the argument counts checked before the call (`Sig`, generated
//! from CPython in builtins/signatures.rs) and CPython's documentation for it (`NativeDoc`,
//! generated in builtins/native_docs.rs).

/// A native function, by its index in the interpreter's table (`Vm::natives`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NativeId(pub u32);

/// How CPython words an argument-count error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// METH_O: `list.append() takes exactly one argument (2 given)`.
    O,
    /// METH_NOARGS: `dict.keys() takes no arguments (1 given)`.
    NoArgs,
    /// Argument Clinic, positional-only: `get expected at least 1 argument, got 0`.
    Pos,
    /// PyArg_ParseTuple: `find() takes at least 1 argument (0 given)`.
    Parse,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sig {
    pub min: u8,
    pub max: u8,
    pub style: Style,
    /// The name CPython shows (`list.append` for METH_O / METH_NOARGS methods, else `get`).
    pub shown: &'static str,
    /// The name in CPython's "X() takes no keyword arguments", or "" if keywords are taken.
    pub nokw: &'static str,
}

#[derive(Debug)]
pub struct NativeDoc {
    /// The module or builtin type the function belongs to; "" for the builtins.
    pub owner: &'static str,
    pub name: &'static str,
    /// `__module__`: None for methods of types.
    pub module: Option<&'static str>,
    pub qualname: &'static str,
    /// `str(inspect.signature(f))` for the function, or the method bound to an instance.
    pub bound: Option<&'static str>,
    /// The same for the unbound method (`list.append`), which shows `self`.
    pub unbound: Option<&'static str>,
    pub doc: Option<&'static str>,
}

impl NativeDoc {
    /// The signature `inspect` shows: the unbound method's (with `self`) when the native is
    /// not bound to a receiver and has one, else the bound form.
    pub fn signature(&self, bound: bool) -> Option<&'static str> {
        if bound {
            self.bound
        } else {
            self.unbound.or(self.bound)
        }
    }
}
