//! The set table, laid out and probed exactly as CPython 3.11's setobject.c (8-slot minimum,
//! nine linear probes then perturbed jumps, dummies reused by later insertions, resize at 60%
//! fill) so that iterating a set of ints or tuples gives CPython's order. Equality is the
//! caller's callback; the table never compares keys itself.

use crate::heap::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash CPython stores in a dummy (deleted) slot.
const DUMMY_HASH: i64 = -1;

#[derive(Debug, Clone, Copy)]
struct Slot {
    hash: i64,
    /// `Undef` with hash 0: never used; `Undef` with `DUMMY_HASH`: deleted.
    key: Value,
}

const UNUSED: Slot = Slot {
    hash: 0,
    key: Value::Undef,
};

#[derive(Debug, Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    /// Live plus dummy slots.
    fill: usize,
    used: usize,
    /// Where `pop` resumes its search.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: vec![UNUSED; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Live keys in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table
            .iter()
            .filter(|s| !s.key.is_undef())
            .map(|s| (s.hash, s.key))
    }

    pub fn for_each(&self, f: &mut impl FnMut(Value)) {
        for s in &self.table {
            if !s.key.is_undef() {
                f(s.key);
            }
        }
    }

    /// Table positions, for iterators that walk the table by index.
    /// Bytes of the hash table, at its capacity.
    pub fn heap_bytes(&self) -> usize {
        self.table.capacity() * std::mem::size_of::<Slot>()
    }

    pub fn slots(&self) -> usize {
        self.table.len()
    }

    pub fn key_at(&self, i: usize) -> Option<Value> {
        self.table.get(i).map(|s| s.key).filter(|k| !k.is_undef())
    }

    /// Whether an equal key is present.
    pub fn contains<E>(
        &self,
        hash: i64,
        eq: impl FnMut(Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(self.lookup(hash, eq)?.is_some())
    }

    fn lookup<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let s = self.table[j];
                if s.key.is_undef() {
                    if s.hash == 0 {
                        return Ok(None);
                    }
                } else if s.hash == hash && eq(s.key)? {
                    return Ok(Some(j));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Bytes the next `add` of a new key could allocate (0 when no resize would follow), so the
    /// caller can check them against the memory budget first.
    pub fn growth_bytes(&self) -> usize {
        if (self.fill + 1) * 5 < self.mask() * 3 {
            return 0;
        }
        (self.used + 1).saturating_mul(8) * std::mem::size_of::<Slot>()
    }

    /// Adds `key` (an owned reference) unless an equal key is present; returns whether it was
    /// added (if not, the caller still owns `key` and must drop it).
    pub fn add<E>(
        &mut self,
        hash: i64,
        key: Value,
        mut eq: impl FnMut(Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        let found_unused = loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut hit = None;
            for j in i..=i + probes {
                let s = self.table[j];
                if s.key.is_undef() {
                    if s.hash == 0 {
                        hit = Some(j);
                        break;
                    }
                    if freeslot.is_none() {
                        freeslot = Some(j);
                    }
                } else if s.hash == hash && eq(s.key)? {
                    return Ok(false);
                }
            }
            if let Some(j) = hit {
                break j;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        if let Some(f) = freeslot {
            self.used += 1;
            self.table[f] = Slot { hash, key };
            return Ok(true);
        }
        self.fill += 1;
        self.used += 1;
        self.table[found_unused] = Slot { hash, key };
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
        Ok(true)
    }

    /// Removes an equal key, returning it (an owned reference for the caller to drop).
    pub fn discard<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(Value) -> Result<bool, E>,
    ) -> Result<Option<Value>, E> {
        let Some(j) = self.lookup(hash, eq)? else {
            return Ok(None);
        };
        let key = self.table[j].key;
        self.table[j] = Slot {
            hash: DUMMY_HASH,
            key: Value::Undef,
        };
        self.used -= 1;
        Ok(Some(key))
    }

    /// `set.pop()`: the next live slot after the finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while self.table[j].key.is_undef() {
            j = (j + 1) & mask;
        }
        let key = self.table[j].key;
        self.table[j] = Slot {
            hash: DUMMY_HASH,
            key: Value::Undef,
        };
        self.used -= 1;
        self.finger = j + 1;
        Some(key)
    }

    /// Empties the table, returning the owned keys.
    pub fn take_all(&mut self) -> Vec<Value> {
        let keys = self.iter().map(|(_, k)| k).collect();
        *self = SetTable::new();
        keys
    }

    /// Resizes once ahead of adding about `n` keys, as `set_merge` and a dict `update` do
    /// (which decides the order the added keys iterate in).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Bytes `reserve_for(n)` or `merge` of `n` keys could allocate, for the memory budget.
    pub fn reserve_bytes(&self, n: usize) -> usize {
        if (self.fill.saturating_add(n)).saturating_mul(5) < self.mask() * 3 {
            return 0;
        }
        (self.used.saturating_add(n))
            .saturating_mul(4)
            .saturating_mul(std::mem::size_of::<Slot>())
    }

    /// After removals: if more than a quarter of the slots are dummies, rebuild without them
    /// (the end of CPython's `set_difference_update_internal`).
    pub fn resize_away_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// Adds every key of `other` (`set_merge`): the caller has already added a reference for
    /// each key of `other` that this call reports as inserted — so it passes `incref` in.
    pub fn merge<E>(
        &mut self,
        other: &SetTable,
        mut incref: impl FnMut(Value),
        mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        self.reserve_for(other.used);
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (dst, src) in self.table.iter_mut().zip(&other.table) {
                if !src.key.is_undef() {
                    incref(src.key);
                    *dst = *src;
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            let mask = self.mask();
            for s in &other.table {
                if !s.key.is_undef() {
                    incref(s.key);
                    insert_clean(&mut self.table, mask, s.key, s.hash);
                }
            }
            return Ok(());
        }
        for s in &other.table {
            if !s.key.is_undef() {
                let key = s.key;
                if self.add(s.hash, key, |k| eq(k, key))? {
                    incref(key);
                }
            }
        }
        Ok(())
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![UNUSED; newsize]);
        let mask = newsize - 1;
        for s in old {
            if !s.key.is_undef() {
                insert_clean(&mut self.table, mask, s.key, s.hash);
            }
        }
        self.fill = self.used;
    }
}

/// Inserts a key known to be absent into a table without dummies.
fn insert_clean(table: &mut [Slot], mask: usize, key: Value, hash: i64) {
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        if table[i].key.is_undef() {
            table[i] = Slot { hash, key };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            let run = &mut table[i + 1..=i + LINEAR_PROBES];
            if let Some(slot) = run.iter_mut().find(|s| s.key.is_undef()) {
                *slot = Slot { hash, key };
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}
