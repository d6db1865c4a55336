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

use std::collections::{HashMap, HashSet};

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
    node_of: HashMap<ObjKey, u32>,
    /// Node 0 is the virtual root, nodes 1..=roots.len() the root entries, then the objects.
    parent: Vec<u32>,
    idom: Vec<u32>,
    /// Bytes of each node's dominator subtree (its own size included).
    retained: Vec<usize>,
}

const NONE: u32 = u32::MAX;

impl Snapshot {
    pub fn new(heap: &Heap, roots: Vec<RootEntry>, scopes: &HashSet<ObjKey>) -> Snapshot {
        let first_object = roots.len() + 1;
        let mut objects: Vec<ObjKey> = Vec::new();
        let mut node_of: HashMap<ObjKey, u32> = HashMap::new();
        let mut parent: Vec<u32> = vec![NONE; first_object];
        // Successor lists, built during the breadth-first walk (CSR would save memory; a Vec
        // per node keeps this readable, and the walk dominates the cost anyway).
        let mut succ: Vec<Vec<u32>> = vec![Vec::new(); first_object];
        succ[0] = (1..first_object as u32).collect();
        let visit = |v: Value,
                     from: u32,
                     objects: &mut Vec<ObjKey>,
                     node_of: &mut HashMap<ObjKey, u32>,
                     parent: &mut Vec<u32>,
                     succ: &mut Vec<Vec<u32>>| {
            let Value::Obj(k) = v else { return };
            if scopes.contains(&k) || !heap.contains(k) {
                return;
            }
            let n = *node_of.entry(k).or_insert_with(|| {
                objects.push(k);
                parent.push(from);
                succ.push(Vec::new());
                (first_object + objects.len() - 1) as u32
            });
            succ[from as usize].push(n);
        };
        parent[0] = 0;
        for (i, r) in roots.iter().enumerate() {
            parent[i + 1] = 0;
            visit(
                r.value,
                (i + 1) as u32,
                &mut objects,
                &mut node_of,
                &mut parent,
                &mut succ,
            );
        }
        let mut next = 0;
        while next < objects.len() {
            let k = objects[next];
            let from = (first_object + next) as u32;
            heap.obj(k).kind.for_each_referent(|v| {
                visit(v, from, &mut objects, &mut node_of, &mut parent, &mut succ)
            });
            next += 1;
        }
        let n = first_object + objects.len();
        let mut size = vec![0usize; n];
        for (i, k) in objects.iter().enumerate() {
            size[first_object + i] = object_size(heap.obj(*k));
        }
        let idom = dominators(&succ);
        // Children come after their immediate dominator in reverse postorder; summing in
        // postorder (deepest first) gives every subtree's total.
        let order = reverse_postorder(&succ);
        let mut retained = size;
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
            idom,
            retained,
        }
    }

    /// Objects the roots reach.
    pub fn reached(&self) -> usize {
        self.objects.len()
    }

    /// What dropping root `i`'s reference would free.
    pub fn retained_by_root(&self, i: usize) -> usize {
        self.retained[i + 1]
    }

    /// What the object's dominator subtree holds (0 when no root reaches it).
    pub fn retained_by_object(&self, k: ObjKey) -> usize {
        self.node_of
            .get(&k)
            .map_or(0, |&n| self.retained[n as usize])
    }

    pub fn is_reached(&self, k: ObjKey) -> bool {
        self.node_of.contains_key(&k)
    }

    /// One shortest path to `k`: the root entry's index, then the objects after it (ending
    /// with `k`). None when no root reaches it.
    pub fn path_to(&self, k: ObjKey) -> Option<(usize, Vec<ObjKey>)> {
        let mut n = *self.node_of.get(&k)?;
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

    /// The root entry that dominates `k`, if a single one does.
    pub fn dominating_root(&self, k: ObjKey) -> Option<usize> {
        let mut n = *self.node_of.get(&k)?;
        let first_object = self.roots.len() as u32 + 1;
        while n >= first_object {
            n = self.idom[n as usize];
            if n == NONE {
                return None;
            }
        }
        (n > 0).then(|| (n - 1) as usize)
    }
}

/// Nodes reachable from node 0 in reverse postorder (iterative depth-first search).
fn reverse_postorder(succ: &[Vec<u32>]) -> Vec<u32> {
    let mut seen = vec![false; succ.len()];
    let mut post = Vec::with_capacity(succ.len());
    let mut stack: Vec<(u32, usize)> = vec![(0, 0)];
    seen[0] = true;
    while let Some(&mut (v, ref mut i)) = stack.last_mut() {
        if let Some(&w) = succ[v as usize].get(*i) {
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

/// Immediate dominators (Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm"):
/// `idom[0] == 0`; NONE for nodes node 0 does not reach.
fn dominators(succ: &[Vec<u32>]) -> Vec<u32> {
    let order = reverse_postorder(succ);
    let mut rank = vec![u32::MAX; succ.len()];
    for (i, &v) in order.iter().enumerate() {
        rank[v as usize] = i as u32;
    }
    let mut preds: Vec<Vec<u32>> = vec![Vec::new(); succ.len()];
    for (v, ws) in succ.iter().enumerate() {
        if rank[v] == u32::MAX {
            continue;
        }
        for &w in ws {
            preds[w as usize].push(v as u32);
        }
    }
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
            for &p in &preds[v as usize] {
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

    #[test]
    fn diamond_is_dominated_by_its_top_only() {
        // 0 -> 1 -> 2 -> {3, 4} -> 5; 0 -> 6 -> 5
        let succ = vec![
            vec![1, 6],
            vec![2],
            vec![3, 4],
            vec![5],
            vec![5],
            vec![],
            vec![5],
        ];
        let idom = dominators(&succ);
        assert_eq!(idom[2], 1);
        assert_eq!(idom[3], 2);
        assert_eq!(idom[4], 2);
        assert_eq!(idom[5], 0);
        assert_eq!(idom[6], 0);
    }

    #[test]
    fn cycles_are_dominated_by_their_entry() {
        // 0 -> 1 -> 2 <-> 3
        let succ = vec![vec![1], vec![2], vec![3], vec![2]];
        let idom = dominators(&succ);
        assert_eq!(idom[3], 2);
        assert_eq!(idom[2], 1);
    }
}
