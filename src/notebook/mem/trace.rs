//! `%mem trace [on|off|gc]`: an event log printed as cells run. `gc` logs each collection
//! (generation, objects examined, unreachable found, survivors promoted); `on` also logs each
//! object freed when its refcount reaches zero, for small teaching examples.

use super::human_bytes;
use crate::heap::arena::{Trace, TraceEvent};
use crate::vm::Vm;

/// `%mem trace ARG`: the confirmation, or None for an argument it does not know.
pub fn trace(vm: &mut Vm, arg: &str) -> Option<String> {
    let (mode, text) = match arg.trim() {
        "" | "on" => (Trace::Everything, "each object freed and each collection"),
        "gc" => (Trace::Collections, "each collection"),
        "off" => (Trace::Off, "nothing"),
        _ => return None,
    };
    vm.heap.trace = mode;
    vm.heap.trace_events.clear();
    Some(format!("%mem trace: logging {text}\n"))
}

/// The events logged since the last call, as lines (empty when tracing is off).
pub fn drain(vm: &mut Vm) -> String {
    let mut out = String::new();
    for e in std::mem::take(&mut vm.heap.trace_events) {
        match e {
            TraceEvent::Freed { what, bytes } => {
                out.push_str(&format!("[mem] freed {what} ({})\n", human_bytes(bytes)));
            }
            TraceEvent::Collection {
                generation,
                examined,
                unreachable,
                promoted,
            } => {
                out.push_str(&format!(
                    "[mem] generation-{generation} collection: {examined} examined, \
                     {unreachable} unreachable freed, {promoted} promoted\n"
                ));
            }
        }
    }
    out
}
