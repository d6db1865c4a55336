//! The memory model, in one place: values (immediates and object keys), the slotmap arena with
//! exact reference counting, the object kinds and the references each one holds, byte sizes, and
//! the verifier that recomputes every refcount from the roots.

pub mod arena;
pub mod budget;
pub mod edges;
pub mod gc;
pub mod ledger;
pub mod object;
pub mod signals;
pub mod sites;
pub mod size;
pub mod snapshot;
pub mod value;
pub mod verify;

pub use arena::Heap;
pub use edges::Edge;
pub use object::{Kind, Object};
pub use value::{ObjKey, Value};
