//! The heap verifier: recomputes every object's reference count from the roots and the object
//! graph, and reports each mismatch (a leak or an over-release) and every stale key.

use std::collections::HashMap;

use super::arena::Heap;
use super::value::{ObjKey, Value};

/// Differences between stored and recomputed counts, one line each (empty: all exact).
pub fn check(heap: &Heap, roots: &[Value]) -> Vec<String> {
    let mut expected: HashMap<ObjKey, u32> = HashMap::new();
    let mut problems = Vec::new();
    let mut count = |v: Value, from: &str, problems: &mut Vec<String>| {
        if let Value::Obj(k) = v {
            if heap.contains(k) {
                *expected.entry(k).or_insert(0) += 1;
            } else {
                problems.push(format!("stale key {k:?} held by {from}"));
            }
        }
    };
    for r in roots {
        count(*r, "a root", &mut problems);
    }
    for (_, o) in heap.iter() {
        let tag = o.kind.tag();
        o.kind.for_each_referent(|v| count(v, tag, &mut problems));
    }
    for (k, o) in heap.iter() {
        let want = expected.get(&k).copied().unwrap_or(0);
        if o.rc != want {
            problems.push(format!(
                "{} {k:?}: refcount {} but {} references found",
                o.kind.tag(),
                o.rc,
                want
            ));
        }
    }
    problems
}

/// The heap's live byte count against the sum of every object's size, now, and its ledger of
/// bytes by allocation stamp against each object's stamp and size.
pub fn check_sizes(heap: &mut Heap) -> Option<String> {
    let counted = heap.live_bytes();
    let summed: usize = heap.iter().map(|(_, o)| super::size::object_size(o)).sum();
    if counted != summed {
        return Some(format!(
            "live bytes counted {counted} but the objects' sizes sum to {summed}"
        ));
    }
    heap.ledger.check(
        heap.iter()
            .map(|(_, o)| (o.site, super::size::object_size(o))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Kind;

    #[test]
    fn a_corrupted_refcount_is_reported() {
        let mut heap = Heap::new();
        let inner = heap.alloc(Kind::List(Vec::new()));
        let outer = heap.alloc(Kind::List(vec![inner]));
        assert!(check(&heap, &[outer]).is_empty());
        let k = inner.as_obj().expect("an object");
        heap.obj_mut(k).rc += 1;
        let problems = check(&heap, &[outer]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("refcount 2 but 1 references found"),
            "{problems:?}"
        );
        heap.obj_mut(k).rc -= 1;
        assert!(check(&heap, &[outer]).is_empty());
    }

    #[test]
    fn the_byte_count_follows_growth_and_catches_growth_behind_its_back() {
        let mut heap = Heap::new();
        let list = heap.alloc(Kind::List(Vec::new()));
        let k = list.as_obj().expect("an object");
        // Grown through kind_mut: counted again when settled.
        if let Kind::List(l) = heap.kind_mut(k) {
            l.extend((0..100).map(Value::Int));
        }
        assert_eq!(check_sizes(&mut heap), None);
        let other = heap.alloc(Kind::List(vec![Value::Int(1)]));
        if let Kind::List(l) = heap.kind_mut(k) {
            l.push(other);
        }
        heap.decref(list);
        assert_eq!(check_sizes(&mut heap), None);
        assert_eq!(heap.live_bytes(), 0);
        // Grown where the heap cannot see it: reported.
        let hidden = heap.alloc(Kind::List(Vec::new()));
        let h = hidden.as_obj().expect("an object");
        assert_eq!(check_sizes(&mut heap), None);
        if let Kind::List(l) = &mut heap.obj_mut(h).kind {
            l.extend((0..100).map(Value::Int));
        }
        let problem = check_sizes(&mut heap).expect("a problem");
        assert!(problem.contains("live bytes counted 56"), "{problem}");
    }
}
