//! The dict table: entries in insertion order plus an open-addressing index. Equality is the
//! caller's (it may run Python code), passed in as a callback; the table never compares keys.

use crate::heap::Value;

#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Undef` for a deleted entry (kept until the next rebuild, to preserve order).
    pub key: Value,
    pub value: Value,
}

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

#[derive(Debug, Default)]
pub struct Dict {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    /// Live entries (u32 as the index table's entry positions are: no dict outgrows them).
    used: u32,
    /// Changes whenever the set of keys or their entry positions change (never for a value
    /// replaced in place), and is unique across all dicts: an inline cache that saw this stamp
    /// may reuse the entry index it found.
    layout: u64,
    /// No live entry sits before this index (deleted ones may): where a scan for the first
    /// entry can start, so popping from the front of an OrderedDict stays linear.
    front: u32,
}

thread_local! {
    static NEXT_LAYOUT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn next_layout() -> u64 {
    NEXT_LAYOUT.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::default();
        if n > 0 {
            d.entries.reserve(n);
            d.rebuild_index(index_size_for(n));
        }
        d
    }

    pub fn len(&self) -> usize {
        self.used as usize
    }

    /// The current layout stamp (see the field); 0 for a dict never changed.
    #[inline]
    pub fn layout(&self) -> u64 {
        self.layout
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_undef())
    }

    pub fn for_each(&self, mut f: impl FnMut(Value, Value)) {
        for e in self.iter() {
            f(e.key, e.value);
        }
    }

    /// Bytes of the index table and the entry array, at their capacity.
    pub fn heap_bytes(&self) -> usize {
        self.indices.capacity() * std::mem::size_of::<u32>()
            + self.entries.capacity() * std::mem::size_of::<Entry>()
    }

    /// Entry slots, live or deleted (iterators walk them by position).
    pub fn entry_slots(&self) -> usize {
        self.entries.len()
    }

    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_undef())
    }

    pub fn entry_at_mut(&mut self, i: usize) -> &mut Entry {
        &mut self.entries[i]
    }

    /// The entry index holding a key equal to the one hashed, as decided by `eq` (called only
    /// for candidates with the same hash).
    #[inline]
    pub fn find<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DELETED {
                let e = &self.entries[ix as usize];
                if e.hash == hash && eq(e.key)? {
                    return Ok(Some(ix as usize));
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Bytes the next `push_new` would allocate (0 when it fits as it is), so the caller can
    /// check them against the memory budget first.
    pub fn growth_bytes(&self) -> usize {
        let mut bytes = 0;
        if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            bytes += index_size_for(self.used as usize + 1) * std::mem::size_of::<u32>();
        }
        if self.entries.len() == self.entries.capacity() {
            bytes += self.entries.capacity().max(4) * std::mem::size_of::<Entry>();
        }
        bytes
    }

    /// Appends a key known to be absent. Takes ownership of both references.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.rebuild_index(index_size_for(self.used as usize + 1));
        }
        self.layout = next_layout();
        let ix = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        let slot = self.free_slot(hash);
        self.indices[slot] = ix;
    }

    /// Removes entry `ix`, returning its key and value (owned references for the caller to drop).
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        self.layout = next_layout();
        let e = self.entries[ix];
        let slot = self.slot_of(e.hash, ix);
        self.indices[slot] = DELETED;
        self.entries[ix].key = Value::Undef;
        self.entries[ix].value = Value::Undef;
        self.used -= 1;
        // Even when the dict becomes empty its deleted entries stay until the next rebuild, as
        // in CPython: an iterator that was past them must not see a new key as unvisited.
        (e.key, e.value)
    }

    /// Empties the table, returning the owned keys and values.
    pub fn take_all(&mut self) -> Vec<Value> {
        self.layout = next_layout();
        let mut out = Vec::with_capacity(self.used as usize * 2);
        for e in self.entries.drain(..) {
            if !e.key.is_undef() {
                out.push(e.key);
                out.push(e.value);
            }
        }
        self.indices.clear();
        self.used = 0;
        self.front = 0;
        out
    }

    /// Removes and returns the last live entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().rposition(|e| !e.key.is_undef())?;
        let kv = self.remove_at(ix);
        self.entries.truncate(ix);
        Some(kv)
    }

    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == ix as u32 {
                return i;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY || ix == DELETED {
                return i;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Drops deleted entries and rebuilds the index at `size` slots.
    /// The index of the first live entry (the number of entry slots when none is live),
    /// skipping the deleted ones before it once.
    pub fn live_front(&mut self) -> usize {
        let mut i = (self.front as usize).min(self.entries.len());
        while i < self.entries.len() && self.entries[i].key.is_undef() {
            i += 1;
        }
        self.front = i as u32;
        i
    }

    fn rebuild_index(&mut self, size: usize) {
        self.layout = next_layout();
        self.front = 0;
        if self.used as usize != self.entries.len() {
            self.entries.retain(|e| !e.key.is_undef());
        }
        self.indices.clear();
        self.indices.resize(size, EMPTY);
        for ix in 0..self.entries.len() {
            let slot = self.free_slot(self.entries[ix].hash);
            self.indices[slot] = ix as u32;
        }
    }
}

fn index_size_for(n: usize) -> usize {
    let mut size = MIN_SIZE;
    while size * 2 < n * 3 + 3 {
        size *= 2;
    }
    size
}
