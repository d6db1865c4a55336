//! The heap seen from its roots, for `%mem`: which objects the roots reach, one shortest path to
//! each (breadth first from all roots at once), and the dominator tree below a virtual root
//! (Cooper, Harvey and Kennedy's iterative algorithm), which gives every root its retained
//! bytes: what dropping that one reference (and collecting) would free. An object two roots
//! reach is dominated by neither, so it counts for no single holder.
//!
//! A root here is a named entry (`x`, `Out`, `sys.last_value`, a frame's local), not a module:
//! the objects listed as `scopes` (module namespaces, whose entries are the roots) are not
//! entered through other references, or every global would also hang below each function's
//! `__globals__`.

use std::collections::HashSet;

use super::arena::Heap;
use super::size::object_size;
use super::value::{ObjKey, Value};

/// A named root reference.
#[derive(Debug, Clone)]
pub struct RootEntry {
    pub name: String,
    pub value: Value,
}

pub struct Snapshot {
    pub roots: Vec<RootEntry>,
    /// The objects the roots reach, in breadth-first order (node `roots.len() + 1 + i`).
    objects: Vec<ObjKey>,
    /// Node of each reached object, by arena slot index (NONE: not reached).
    node_of: Vec<u32>,
    /// Node 0 is the virtual root, nodes 1..=roots.len() the root entries, then the objects.
    parent: Vec<u32>,
    /// Bytes of each node's dominator subtree (its own size included).
    retained: Vec<usize>,
}

const NONE: u32 = u32::MAX;

/// The breadth-first walk from the roots, numbering objects as it reaches them.
struct Walk<'h> {
    heap: &'h Heap,
    scopes: &'h HashSet<ObjKey>,
    first_object: usize,
    objects: Vec<ObjKey>,
    node_of: Vec<u32>,
    parent: Vec<u32>,
    targets: Vec<u32>,
}

impl Walk<'_> {
    /// The edge `from` → `v`, numbering `v` if it is new.
    fn visit(&mut self, v: Value, from: u32) {
        let Value::Obj(k) = v else { return };
        if self.scopes.contains(&k) || !self.heap.contains(k) {
            return;
        }
        let idx = Heap::slot_index(k);
        if idx >= self.node_of.len() {
            self.node_of.resize(idx + 1, NONE);
        }
        if self.node_of[idx] == NONE {
            self.objects.push(k);
            self.parent.push(from);
            self.node_of[idx] = (self.first_object + self.objects.len() - 1) as u32;
        }
        self.targets.push(self.node_of[idx]);
    }
}

/// A graph as compressed rows: node `n`'s successors are `targets[offsets[n]..offsets[n + 1]]`.
struct Csr {
    offsets: Vec<u32>,
    targets: Vec<u32>,
}

impl Csr {
    fn len(&self) -> usize {
        self.offsets.len() - 1
    }
    fn row(&self, n: u32) -> &[u32] {
        &self.targets[self.offsets[n as usize] as usize..self.offsets[n as usize + 1] as usize]
    }
    /// The same graph with every edge reversed.
    fn reversed(&self) -> Csr {
        let n = self.len();
        let mut count = vec![0u32; n + 1];
        for &t in &self.targets {
            count[t as usize + 1] += 1;
        }
        for i in 0..n {
            count[i + 1] += count[i];
        }
        let mut fill = count.clone();
        let mut targets = vec![0u32; self.targets.len()];
        for v in 0..n as u32 {
            for &w in self.row(v) {
                targets[fill[w as usize] as usize] = v;
                fill[w as usize] += 1;
            }
        }
        Csr {
            offsets: count,
            targets,
        }
    }
}

impl Snapshot {
    pub fn new(heap: &Heap, roots: Vec<RootEntry>, scopes: &HashSet<ObjKey>) -> Snapshot {
        let first_object = roots.len() + 1;
        let mut w = Walk {
            heap,
            scopes,
            first_object,
            objects: Vec::new(),
            node_of: Vec::new(),
            parent: vec![0; first_object],
            targets: Vec::new(),
        };
        // Rows are written in node order: the virtual root's, each root entry's, then each
        // object's as the breadth-first walk reaches it (nodes are numbered in that order).
        let mut offsets: Vec<u32> = Vec::with_capacity(first_object + 1);
        offsets.push(0);
        w.targets.extend(1..first_object as u32);
        for (i, r) in roots.iter().enumerate() {
            offsets.push(w.targets.len() as u32);
            w.visit(r.value, (i + 1) as u32);
        }
        let mut next = 0;
        while next < w.objects.len() {
            offsets.push(w.targets.len() as u32);
            let k = w.objects[next];
            let from = (first_object + next) as u32;
            heap.obj(k).kind.for_each_referent(|v| w.visit(v, from));
            next += 1;
        }
        offsets.push(w.targets.len() as u32);
        let Walk {
            objects,
            node_of,
            parent,
            targets,
            ..
        } = w;
        let succ = Csr { offsets, targets };
        let n = succ.len();
        let mut retained = vec![0usize; n];
        for (i, k) in objects.iter().enumerate() {
            retained[first_object + i] = object_size(heap.obj(*k));
        }
        let order = reverse_postorder(&succ);
        let idom = dominators(&succ, &order);
        // Children come after their immediate dominator in reverse postorder; summing in
        // postorder (deepest first) gives every subtree's total.
        for &v in order.iter().rev() {
            let d = idom[v as usize];
            if v != 0 && d != NONE {
                retained[d as usize] += retained[v as usize];
            }
        }
        Snapshot {
            roots,
            objects,
            node_of,
            parent,
            retained,
        }
    }

    fn node(&self, k: ObjKey) -> Option<u32> {
        self.node_of
            .get(Heap::slot_index(k))
            .copied()
            .filter(|&n| n != NONE && self.objects[n as usize - self.roots.len() - 1] == k)
    }

    /// What dropping root `i`'s reference would free.
    pub fn retained_by_root(&self, i: usize) -> usize {
        self.retained[i + 1]
    }

    /// What the object's dominator subtree holds (0 when no root reaches it).
    pub fn retained_by_object(&self, k: ObjKey) -> usize {
        self.node(k).map_or(0, |n| self.retained[n as usize])
    }

    pub fn is_reached(&self, k: ObjKey) -> bool {
        self.node(k).is_some()
    }

    /// One shortest path to `k`: the root entry's index, then the objects after it (ending
    /// with `k`). None when no root reaches it.
    pub fn path_to(&self, k: ObjKey) -> Option<(usize, Vec<ObjKey>)> {
        let mut n = self.node(k)?;
        let first_object = self.roots.len() as u32 + 1;
        let mut chain = Vec::new();
        // Bounded by the number of nodes: parents always point to earlier-visited nodes.
        while n >= first_object {
            chain.push(self.objects[(n - first_object) as usize]);
            n = self.parent[n as usize];
        }
        chain.reverse();
        Some(((n - 1) as usize, chain))
    }
}

/// Nodes reachable from node 0 in reverse postorder (iterative depth-first search).
fn reverse_postorder(succ: &Csr) -> Vec<u32> {
    let mut seen = vec![false; succ.len()];
    let mut post = Vec::with_capacity(succ.len());
    let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
    seen[0] = true;
    while let Some(&mut (v, ref mut i)) = stack.last_mut() {
        if let Some(&w) = succ.row(v).get(*i as usize) {
            *i += 1;
            if !seen[w as usize] {
                seen[w as usize] = true;
                stack.push((w, 0));
            }
        } else {
            post.push(v);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// Immediate dominators (Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm"),
/// given the reverse postorder: `idom[0] == 0`; NONE for nodes node 0 does not reach.
fn dominators(succ: &Csr, order: &[u32]) -> Vec<u32> {
    let mut rank = vec![u32::MAX; succ.len()];
    for (i, &v) in order.iter().enumerate() {
        rank[v as usize] = i as u32;
    }
    let preds = succ.reversed();
    let mut idom = vec![NONE; succ.len()];
    idom[0] = 0;
    let intersect = |idom: &[u32], mut a: u32, mut b: u32| {
        while a != b {
            while rank[a as usize] > rank[b as usize] {
                a = idom[a as usize];
            }
            while rank[b as usize] > rank[a as usize] {
                b = idom[b as usize];
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for &v in order.iter().skip(1) {
            let mut new = NONE;
            for &p in preds.row(v) {
                if idom[p as usize] == NONE {
                    continue;
                }
                new = if new == NONE {
                    p
                } else {
                    intersect(&idom, p, new)
                };
            }
            if new != NONE && idom[v as usize] != new {
                idom[v as usize] = new;
                changed = true;
            }
        }
    }
    idom
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Kind;

    fn csr(rows: &[&[u32]]) -> Csr {
        let mut offsets = vec![0];
        let mut targets = Vec::new();
        for r in rows {
            targets.extend_from_slice(r);
            offsets.push(targets.len() as u32);
        }
        Csr { offsets, targets }
    }

    fn idom_of(rows: &[&[u32]]) -> Vec<u32> {
        let g = csr(rows);
        let order = reverse_postorder(&g);
        dominators(&g, &order)
    }

    #[test]
    fn diamond_is_dominated_by_its_top_only() {
        // 0 -> 1 -> 2 -> {3, 4} -> 5; 0 -> 6 -> 5
        let idom = idom_of(&[&[1, 6], &[2], &[3, 4], &[5], &[5], &[], &[5]]);
        assert_eq!(idom[2], 1);
        assert_eq!(idom[3], 2);
        assert_eq!(idom[4], 2);
        assert_eq!(idom[5], 0);
        assert_eq!(idom[6], 0);
    }

    /// Random object graphs (lists holding lists: chains, shared subgraphs, cycles) and a few
    /// roots: each root's retained bytes must equal, by brute force, the bytes of the objects
    /// that only it reaches (what dropping it and collecting would free).
    #[test]
    fn retained_bytes_equal_what_dropping_each_root_frees() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut rand = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for case in 0..200 {
            let mut heap = Heap::new();
            let count = 1 + rand(40);
            let keys: Vec<ObjKey> = (0..count)
                .map(|_| {
                    let extra = rand(4);
                    heap.alloc(Kind::List(vec![Value::None; extra]))
                        .as_obj()
                        .expect("an object")
                })
                .collect();
            for &k in &keys {
                let edges = rand(4);
                let items: Vec<Value> = (0..edges).map(|_| Value::Obj(keys[rand(count)])).collect();
                if let Kind::List(l) = heap.kind_mut(k) {
                    l.extend(items);
                }
            }
            let roots: Vec<RootEntry> = (0..1 + rand(5))
                .map(|i| RootEntry {
                    name: format!("r{i}"),
                    value: Value::Obj(keys[rand(count)]),
                })
                .collect();
            let snap = Snapshot::new(&heap, roots.clone(), &HashSet::new());
            let reach = |skip: Option<usize>| -> usize {
                let mut seen: HashSet<ObjKey> = HashSet::new();
                let mut work: Vec<ObjKey> = roots
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| Some(*i) != skip)
                    .filter_map(|(_, r)| r.value.as_obj())
                    .collect();
                while let Some(k) = work.pop() {
                    if seen.insert(k) {
                        heap.obj(k)
                            .kind
                            .for_each_referent(|v| work.extend(v.as_obj()));
                    }
                }
                seen.iter().map(|&k| object_size(heap.obj(k))).sum()
            };
            let all = reach(None);
            for i in 0..roots.len() {
                assert_eq!(
                    snap.retained_by_root(i),
                    all - reach(Some(i)),
                    "case {case}, root {i}"
                );
            }
        }
    }

    #[test]
    fn cycles_are_dominated_by_their_entry() {
        // 0 -> 1 -> 2 <-> 3
        let idom = idom_of(&[&[1], &[2], &[3], &[2]]);
        assert_eq!(idom[3], 2);
        assert_eq!(idom[2], 1);
    }
}
