//! The roots: every reference the interpreter holds from outside the heap, each named as a user
//! would know it (a frame's local `b` in `f()`, the module `math`, the shell's `Out`). The
//! verifier counts them; `%mem` starts its paths from them.

use super::Vm;
use crate::heap::Value;

/// Who holds a root reference.
#[derive(Debug, Clone, Copy)]
pub enum Root<'a> {
    /// A slot of a running frame: a local by name, or `None` for the frame's value stack.
    Frame {
        function: &'a str,
        local: Option<&'a str>,
    },
    /// The frame object of a running frame.
    FrameObject {
        function: &'a str,
    },
    /// The `builtins` module's namespace.
    Builtins,
    /// The exception being handled (`sys.exc_info()`).
    HandledException,
    /// An interned string.
    Interned,
    /// `sys.modules`, the table of imported modules.
    SysModules,
    /// `sys.path`.
    SysPath,
    /// The namespace of a module whose code is running.
    Importing(&'a str),
    /// A builtin type.
    BuiltinType,
    /// A type a module defines in Rust (`itertools._grouper`), by module and name.
    NativeType(&'static str, &'static str),
    /// An object whose finalizer is about to run.
    PendingFinalizer,
    /// A weak reference whose callback is about to run.
    PendingWeakCallback,
    /// A reference the front end holds, by the name a user types for it (`Out`, `In`).
    Host(&'a str),
    GcCallbacks,
    GcGarbage,
}

impl Vm {
    /// Calls `f` for every root reference, with who holds it.
    pub fn for_each_root<'a>(&'a self, mut f: impl FnMut(Root<'a>, Value)) {
        // Each stack slot once, named by the frame whose region it is in (slots below the
        // first frame are what the host pushed before running anything).
        let mut owner: Option<usize> = None;
        for (j, v) in self.stack.iter().enumerate() {
            while let Some(next) = self.frames.get(owner.map_or(0, |i| i + 1)) {
                if next.base > j {
                    break;
                }
                owner = Some(owner.map_or(0, |i| i + 1));
            }
            let root = match owner.map(|i| &self.frames[i]) {
                Some(fr) => Root::Frame {
                    function: fr.code.name.as_str(),
                    local: fr.code.varnames.get(j - fr.base).map(String::as_str),
                },
                None => Root::Frame {
                    function: "<host>",
                    local: None,
                },
            };
            f(root, *v);
        }
        f(Root::Builtins, self.builtins);
        f(Root::HandledException, self.handled);
        for v in &self.handled_below {
            f(Root::HandledException, *v);
        }
        for v in self.interned.values() {
            f(Root::Interned, *v);
        }
        f(Root::SysModules, self.sys_modules);
        f(Root::SysPath, self.sys_path);
        for (name, d) in &self.initializing {
            f(Root::Importing(name), *d);
        }
        for (k, _) in self.builtin_classes() {
            f(Root::BuiltinType, Value::Obj(k));
        }
        for (&(module, name), &k) in &self.native_classes {
            f(Root::NativeType(module, name), Value::Obj(k));
        }
        for k in &self.heap.pending_finalizers {
            f(Root::PendingFinalizer, Value::Obj(*k));
        }
        for k in &self.heap.pending_weak_callbacks {
            f(Root::PendingWeakCallback, Value::Obj(*k));
        }
        for (name, v) in &self.host_roots {
            f(Root::Host(name), *v);
        }
        for fr in &self.frames {
            if let Some(k) = fr.obj {
                let function = fr.code.name.as_str();
                f(Root::FrameObject { function }, Value::Obj(k));
            }
        }
        if let Some((callbacks, garbage)) = self.gc_lists {
            f(Root::GcCallbacks, callbacks);
            f(Root::GcGarbage, garbage);
        }
    }

    /// Every root reference's value (the verifier counts each as one reference).
    pub fn roots(&self) -> Vec<Value> {
        let mut r = Vec::new();
        self.for_each_root(|_, v| r.push(v));
        r
    }
}
