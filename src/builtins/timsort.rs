//! The list sort CPython 3.11 uses (timsort: natural runs, binary insertion up to `minrun`,
//! galloping merges, and 3.11's powersort merge order), written from its published design.
//! Python code can watch a sort (a `__lt__` that counts or prints), so this one asks the
//! same questions in the same order as CPython's; and on data that is already partly
//! ordered it asks far fewer than a plain merge sort.
//!
//! The sort permutes positions: `lt(vm, x, y)` answers "is the key at position x less than
//! the key at position y". On an error the positions are still a permutation (as CPython's
//! list stays a permutation of its items), left as far as the sort had got.

use crate::vm::{PyResult, Vm};

const MIN_GALLOP: usize = 7;

type Less<'a> = dyn FnMut(&mut Vm, usize, usize) -> PyResult<bool> + 'a;

/// Where a galloping search looks: a run from a base index in the array, or in the run a
/// merge copied out.
#[derive(Clone, Copy)]
enum Side {
    Array(usize),
    Tmp(usize),
}

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct Sorter<'a, 'b> {
    vm: &'a mut Vm,
    lt: &'a mut Less<'b>,
    /// The positions being sorted.
    a: Vec<usize>,
    /// The run a merge copies out of `a` (the shorter one).
    tmp: Vec<usize>,
    runs: Vec<Run>,
    min_gallop: usize,
    compared: usize,
}

/// Sorts `perm` (positions) by `lt`; the error of a failed comparison after leaving `perm`
/// a permutation.
pub fn sort(vm: &mut Vm, perm: &mut Vec<usize>, lt: &mut Less<'_>) -> PyResult<()> {
    let n = perm.len();
    if n < 2 {
        return Ok(());
    }
    let mut s = Sorter {
        vm,
        lt,
        a: std::mem::take(perm),
        tmp: Vec::new(),
        runs: Vec::new(),
        min_gallop: MIN_GALLOP,
        compared: 0,
    };
    let r = s.run_all();
    *perm = s.a;
    r
}

/// The run length below which runs are extended by binary insertion: between 32 and 64,
/// so that n / minrun is a power of two or a little less.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Powersort's node power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2)
/// of a list of length n: the first bit where the binary fractions of their midpoints differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl Sorter<'_, '_> {
    /// Compares the keys at positions `x` and `y` (values of `a`).
    fn less(&mut self, x: usize, y: usize) -> PyResult<bool> {
        self.compared += 1;
        if self
            .compared
            .is_multiple_of(crate::vm::interrupts::CHECK_EVERY)
        {
            self.vm.check_signals()?;
        }
        (self.lt)(self.vm, x, y)
    }

    fn run_all(&mut self) -> PyResult<()> {
        let n = self.a.len();
        let minrun = min_run(n);
        let mut lo = 0;
        while lo < n {
            let (mut len, descending) = self.count_run(lo, n)?;
            if descending {
                self.a[lo..lo + len].reverse();
            }
            if len < minrun {
                let force = (n - lo).min(minrun);
                self.binary_sort(lo, lo + force, lo + len)?;
                len = force;
            }
            if let Some(last) = self.runs.last() {
                let p = power(last.base, last.len, len, n);
                while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > p {
                    self.merge_at(self.runs.len() - 2)?;
                }
                let top = self.runs.len() - 1;
                self.runs[top].power = p;
            }
            self.runs.push(Run {
                base: lo,
                len,
                power: 0,
            });
            lo += len;
        }
        while self.runs.len() > 1 {
            let mut i = self.runs.len() - 2;
            if i > 0 && self.runs[i - 1].len < self.runs[i + 1].len {
                i -= 1;
            }
            self.merge_at(i)?;
        }
        Ok(())
    }

    /// The length of the run starting at `lo`: non-descending, or strictly descending (then
    /// true, and the caller reverses it; strictness keeps the sort stable).
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let descending = self.less(self.a[lo + 1], self.a[lo])?;
        let mut i = lo + 2;
        while i < hi {
            let falls = self.less(self.a[i], self.a[i - 1])?;
            if falls != descending {
                break;
            }
            i += 1;
            n += 1;
        }
        Ok((n, descending))
    }

    /// Sorts [lo, hi) by binary insertion, [lo, start) being sorted already.
    fn binary_sort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.less(pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.a.copy_within(l..start, l + 1);
            self.a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// The i-th item of a run on `side`.
    fn at(&self, side: Side, i: usize) -> usize {
        match side {
            Side::Array(base) => self.a[base + i],
            Side::Tmp(base) => self.tmp[base + i],
        }
    }

    /// Where `key` goes in the sorted n items on `side`, before any equal items, searching
    /// outward from `hint` first.
    fn gallop_left(&mut self, key: usize, side: Side, n: usize, hint: usize) -> PyResult<usize> {
        let (mut last, mut ofs);
        if self.less(self.at(side, hint), key)? {
            let max = n - hint;
            last = 0;
            ofs = 1;
            while ofs < max {
                if self.less(self.at(side, hint + ofs), key)? {
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            last += hint + 1;
            ofs += hint;
        } else {
            let max = hint + 1;
            last = 0;
            ofs = 1;
            while ofs < max {
                if self.less(self.at(side, hint - ofs), key)? {
                    break;
                }
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            // Below hint - ofs (perhaps -1) everything is less than key.
            let k = last;
            last = hint + 1 - ofs;
            ofs = hint - k;
        }
        while last < ofs {
            let m = last + ((ofs - last) >> 1);
            if self.less(self.at(side, m), key)? {
                last = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs)
    }

    /// Where `key` goes in the sorted n items on `side`, after any equal items.
    fn gallop_right(&mut self, key: usize, side: Side, n: usize, hint: usize) -> PyResult<usize> {
        let (mut last, mut ofs);
        if self.less(key, self.at(side, hint))? {
            let max = hint + 1;
            last = 0;
            ofs = 1;
            while ofs < max {
                if self.less(key, self.at(side, hint - ofs))? {
                    last = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            let k = last;
            last = hint + 1 - ofs;
            ofs = hint - k;
        } else {
            let max = n - hint;
            last = 0;
            ofs = 1;
            while ofs < max {
                if self.less(key, self.at(side, hint + ofs))? {
                    break;
                }
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            last += hint + 1;
            ofs += hint;
        }
        while last < ofs {
            let m = last + ((ofs - last) >> 1);
            if self.less(key, self.at(side, m))? {
                ofs = m;
            } else {
                last = m + 1;
            }
        }
        Ok(ofs)
    }

    /// Merges runs i and i + 1 (adjacent on the stack and in the array).
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let (mut base_a, mut na) = (self.runs[i].base, self.runs[i].len);
        let (base_b, mut nb) = (self.runs[i + 1].base, self.runs[i + 1].len);
        self.runs[i].len = na + nb;
        self.runs.remove(i + 1);
        // Items of a before where b's first item goes are in place already.
        let k = self.gallop_right(self.a[base_b], Side::Array(base_a), na, 0)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Items of b after where a's last item goes are in place too.
        nb = self.gallop_left(self.a[base_a + na - 1], Side::Array(base_b), nb, nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, base_b, nb)
        } else {
            self.merge_hi(base_a, na, base_b, nb)
        }
    }

    /// Merges a (na items at base_a, copied out) and b (right after it), filling from the
    /// left; a's first item is greater than b's first, and a's last is greater than b's last.
    fn merge_lo(
        &mut self,
        base_a: usize,
        mut na: usize,
        base_b: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base_a..base_a + na]);
        let (mut pa, mut pb, mut dest) = (0, base_b, base_a);
        self.a[dest] = self.a[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let result = 'merge: {
            if nb == 0 {
                break 'merge Ok(());
            }
            if na == 1 {
                break 'merge Err(None);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    match self.less(self.a[pb], self.tmp[pa]) {
                        Err(e) => break 'merge Err(Some(e)),
                        Ok(true) => {
                            self.a[dest] = self.a[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(());
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.a[dest] = self.tmp[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Err(None);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match self.gallop_right(self.a[pb], Side::Tmp(pa), na, 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(Some(e)),
                    };
                    acount = k;
                    if k > 0 {
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Err(None);
                        }
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.a[dest] = self.a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(());
                    }
                    let k = match self.gallop_left(self.tmp[pa], Side::Array(pb), nb, 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(Some(e)),
                    };
                    bcount = k;
                    if k > 0 {
                        self.a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.a[dest] = self.tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Err(None);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match result {
            // a's last item belongs after the rest of b.
            Err(None) => {
                self.a.copy_within(pb..pb + nb, dest);
                self.a[dest + nb] = self.tmp[pa];
                Ok(())
            }
            other => {
                self.a[dest..dest + na].copy_from_slice(&self.tmp[pa..pa + na]);
                other.map_err(|e| e.expect("an error"))
            }
        }
    }

    /// Merges a (at base_a) and b (nb items at base_b, copied out), filling from the right;
    /// a's last item is greater than b's last, and b's first is greater than a's first.
    fn merge_hi(
        &mut self,
        base_a: usize,
        mut na: usize,
        base_b: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base_b..base_b + nb]);
        // Indices one past the current items: a's in the array, b's in tmp, dest's.
        let (mut pa, mut pb, mut dest) = (base_a + na, nb, base_b + nb);
        dest -= 1;
        pa -= 1;
        self.a[dest] = self.a[pa];
        na -= 1;
        let result = 'merge: {
            if na == 0 {
                break 'merge Ok(());
            }
            if nb == 1 {
                break 'merge Err(None);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    match self.less(self.tmp[pb - 1], self.a[pa - 1]) {
                        Err(e) => break 'merge Err(Some(e)),
                        Ok(true) => {
                            dest -= 1;
                            pa -= 1;
                            self.a[dest] = self.a[pa];
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(());
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            dest -= 1;
                            pb -= 1;
                            self.a[dest] = self.tmp[pb];
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Err(None);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match self.gallop_right(
                        self.tmp[pb - 1],
                        Side::Array(base_a),
                        na,
                        na - 1,
                    ) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(Some(e)),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k;
                        pa -= k;
                        self.a.copy_within(pa..pa + k, dest);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    dest -= 1;
                    pb -= 1;
                    self.a[dest] = self.tmp[pb];
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Err(None);
                    }
                    let k = match self.gallop_left(self.a[pa - 1], Side::Tmp(0), nb, nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(Some(e)),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k;
                        pb -= k;
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[pb..pb + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Err(None);
                        }
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    dest -= 1;
                    pa -= 1;
                    self.a[dest] = self.a[pa];
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match result {
            // b's first item belongs before the rest of a.
            Err(None) => {
                dest -= na;
                pa -= na;
                self.a.copy_within(pa..pa + na, dest);
                self.a[dest - 1] = self.tmp[pb - 1];
                Ok(())
            }
            other => {
                self.a[dest - nb..dest].copy_from_slice(&self.tmp[pb - nb..pb]);
                other.map_err(|e| e.expect("an error"))
            }
        }
    }
}
