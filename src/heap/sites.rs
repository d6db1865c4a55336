//! Allocation sites. Every object carries a stamp (`Object::site`, a u32 in what was padding)
//! saying which instruction was running when it was allocated. Each code object gets a range of
//! site numbers, one per instruction, when it is created (`register`); the interpreter writes
//! `range base + instruction index` into `Heap::site` before each instruction, so stamping costs
//! one store per instruction and one copy per allocation. `resolve` turns a stamp back into
//! file, function and line.
//!
//! With `%mem stacks on`, a stamp is instead a node of a trie of call stacks (`STACKED` set):
//! each node is (caller's node, site), interned, so an allocation's whole Python stack is one
//! u32 and the same stacks share their nodes.

use std::rc::Rc;

use rustc_hash::FxHashMap;

/// No site: allocated while no Python code ran (the shell's own objects, startup).
pub const NO_SITE: u32 = 0;
/// Marks a stamp that is a stack node (an index into `nodes`) rather than a plain site.
const STACKED: u32 = 1 << 31;

/// Where a stamp's counts live in a table indexed by stamp: plain sites and stack nodes are
/// two dense ranges.
pub enum StampSlot {
    Plain(usize),
    Stacked(usize),
}

#[inline(always)]
pub fn stamp_slot(stamp: u32) -> StampSlot {
    if stamp & STACKED != 0 {
        StampSlot::Stacked((stamp & !STACKED) as usize)
    } else {
        StampSlot::Plain(stamp as usize)
    }
}

/// The stamp of stack node `i` (the inverse of `stamp_slot`'s Stacked).
pub fn stacked_stamp(i: usize) -> u32 {
    i as u32 | STACKED
}

/// The sites of one code object: site `base + i` is its instruction `i`.
struct CodeSites {
    base: u32,
    file: Rc<str>,
    function: Rc<str>,
    lines: Box<[u32]>,
}

/// Where one allocation happened.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Site {
    /// The code's file name: a cell's `<ipython-input-N-…>`, a script's path, `<string>`.
    pub file: Rc<str>,
    /// The code's qualified name (`<module>` for a cell or script body).
    pub function: Rc<str>,
    pub line: u32,
}

#[derive(Default)]
pub struct SiteTable {
    /// Sorted by base (bases are handed out in increasing order).
    codes: Vec<CodeSites>,
    next: u32,
    /// `%mem stacks on`: stamps are stack nodes.
    pub stacks: bool,
    /// Stack nodes: (caller's node or NO_SITE, site).
    nodes: Vec<(u32, u32)>,
    node_index: FxHashMap<(u32, u32), u32>,
    /// The stack node of the running frame's caller chain (NO_SITE at the top).
    pub chain: u32,
}

impl SiteTable {
    /// Gives a code object of `lines.len()` instructions its site numbers: the base.
    pub fn register(&mut self, file: &str, function: &str, lines: &[u32]) -> u32 {
        let base = self.next.max(1);
        let end = base.saturating_add(lines.len() as u32);
        if end >= STACKED {
            // Two billion instructions compiled: later code goes unstamped.
            return NO_SITE;
        }
        self.next = end;
        let file = match self.codes.last() {
            Some(last) if &*last.file == file => last.file.clone(),
            _ => Rc::from(file),
        };
        self.codes.push(CodeSites {
            base,
            file,
            function: Rc::from(function),
            lines: lines.into(),
        });
        base
    }

    /// The site the next registered code will start at: sites at or above it belong to code
    /// compiled from now on.
    pub fn next_site(&self) -> u32 {
        self.next.max(1)
    }

    /// The stamp for an allocation at `site` now: the site itself, or with stacks on, the
    /// node for the running chain plus that site.
    #[inline(always)]
    pub fn stamp(&mut self, site: u32) -> u32 {
        if self.stacks {
            self.stacked(site)
        } else {
            site
        }
    }

    #[cold]
    #[inline(never)]
    fn stacked(&mut self, site: u32) -> u32 {
        self.node(self.chain, site)
    }

    /// The interned stack node (caller `parent`, `site`).
    #[inline(never)]
    pub fn node(&mut self, parent: u32, site: u32) -> u32 {
        if let Some(&n) = self.node_index.get(&(parent, site)) {
            return n;
        }
        let n = self.nodes.len() as u32 | STACKED;
        if n == u32::MAX {
            return site;
        }
        self.nodes.push((parent, site));
        self.node_index.insert((parent, site), n);
        n
    }

    /// The innermost site of `stamp`.
    pub fn leaf(&self, stamp: u32) -> u32 {
        if stamp & STACKED != 0 {
            self.nodes
                .get((stamp & !STACKED) as usize)
                .map_or(NO_SITE, |&(_, s)| s)
        } else {
            stamp
        }
    }

    /// The file, function and line of a plain site (None for NO_SITE).
    pub fn resolve(&self, site: u32) -> Option<Site> {
        let site = self.leaf(site);
        if site == NO_SITE {
            return None;
        }
        let i = self
            .codes
            .partition_point(|c| c.base <= site)
            .checked_sub(1)?;
        let c = &self.codes[i];
        let line = *c.lines.get((site - c.base) as usize)?;
        Some(Site {
            file: c.file.clone(),
            function: c.function.clone(),
            line,
        })
    }

    /// The sites of `stamp`'s stack, outermost first (one site for a plain stamp).
    pub fn stack(&self, stamp: u32) -> Vec<u32> {
        let mut out = Vec::new();
        let mut at = stamp;
        // Bounded by the trie's depth; a malformed parent cannot loop because parents are
        // always interned before their children (smaller indices).
        while at & STACKED != 0 {
            let Some(&(parent, site)) = self.nodes.get((at & !STACKED) as usize) else {
                break;
            };
            out.push(site);
            if parent & STACKED != 0 && parent >= at {
                break;
            }
            at = parent;
        }
        if at != NO_SITE && at & STACKED == 0 {
            out.push(at);
        }
        out.reverse();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_resolve_to_file_function_and_line() {
        let mut t = SiteTable::default();
        let a = t.register("<ipython-input-1-x>", "<module>", &[1, 1, 2]);
        let b = t.register("<ipython-input-1-x>", "f", &[3, 4]);
        assert_eq!(a, 1);
        assert_eq!(b, 4);
        assert_eq!(t.resolve(a + 2).map(|s| s.line), Some(2));
        let s = t.resolve(b + 1).expect("a site");
        assert_eq!(
            (&*s.file, &*s.function, s.line),
            ("<ipython-input-1-x>", "f", 4)
        );
        assert_eq!(t.resolve(NO_SITE), None);
        assert_eq!(t.resolve(99), None);
    }

    #[test]
    fn stacks_intern_their_nodes() {
        let mut t = SiteTable::default();
        let base = t.register("m.py", "<module>", &[1, 2, 3]);
        t.stacks = true;
        let outer = t.node(NO_SITE, base);
        t.chain = outer;
        let s1 = t.stamp(base + 2);
        let s2 = t.stamp(base + 2);
        assert_eq!(s1, s2);
        assert_eq!(t.stack(s1), vec![base, base + 2]);
        assert_eq!(t.leaf(s1), base + 2);
        assert_eq!(t.resolve(s1).map(|s| s.line), Some(3));
    }
}
