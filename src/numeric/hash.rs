//! CPython 3.11's numeric hashes: ints, bools and floats reduce modulo the Mersenne prime 2**61-1
//! (so equal numbers of different types hash alike), and tuples combine item hashes with the
//! xxHash64-style mixing CPython uses. String hashing is randomized in CPython and lives elsewhere.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Number of bits in the hash modulus exponent: hashes are computed modulo 2**61 - 1.
pub const HASH_BITS: u32 = 61;
/// The modulus 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// hash(float('inf')).
pub const HASH_INF: i64 = 314159;

/// -1 is the C-level error marker, so no hash may be -1.
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// hash(n) for an int (and for a bool, as 0/1).
pub fn hash_i64(n: i64) -> i64 {
    let m = n.unsigned_abs() % HASH_MODULUS;
    let h = if n < 0 { -(m as i64) } else { m as i64 };
    fix_minus_one(h)
}

/// hash(n) for an arbitrary-size int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(v) = n.to_i64() {
        return hash_i64(v);
    }
    // Since 2**61 ≡ 1 (mod 2**61-1), the sum of the 61-bit chunks of |n| is congruent to |n|.
    let mut acc: u64 = 0;
    for chunk in n.magnitude().to_u64_digits().iter().rev() {
        // acc * 2**64 = acc * 2**3 (mod 2**61-1), i.e. a 3-bit rotation within 61 bits.
        acc = rotate61(acc, 64 % HASH_BITS);
        acc = add_mod(acc, chunk % HASH_MODULUS);
    }
    let h = acc as i64;
    fix_minus_one(if n.sign() == Sign::Minus { -h } else { h })
}

fn add_mod(a: u64, b: u64) -> u64 {
    let s = a + b; // both < 2**61, no overflow
    if s >= HASH_MODULUS {
        s - HASH_MODULUS
    } else {
        s
    }
}

/// x * 2**k mod (2**61-1) for x < 2**61-1: multiplying by a power of two is a rotation of the
/// 61-bit representation because 2**61 ≡ 1.
fn rotate61(x: u64, k: u32) -> u64 {
    let k = k % HASH_BITS;
    if k == 0 {
        return x;
    }
    ((x << k) & HASH_MODULUS) | (x >> (HASH_BITS - k))
}

/// hash(x) for a float; `None` for NaN, whose hash in 3.11 depends on object identity.
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if x == 0.0 {
        return Some(0);
    }
    // x = mant * 2**exp exactly, with mant < 2**53 < modulus.
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // 2**exp mod p for negative exp is 2**(exp mod 61) because 2**61 ≡ 1.
    let h = rotate61(mant, exp.rem_euclid(HASH_BITS as i32) as u32) as i64;
    Some(fix_minus_one(if x < 0.0 { -h } else { h }))
}

/// hash(b) for a bool.
pub fn hash_bool(b: bool) -> i64 {
    b as i64
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// hash(frozenset) given its items' hashes, in any order: each hash's bits are shuffled and
/// xored together (order-free), then the size is mixed in and the bits dispersed, so that
/// nested frozensets do not collide in patterns.
pub fn hash_frozenset(item_hashes: impl Iterator<Item = i64>) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut n: u64 = 0;
    let mut h: u64 = 0;
    for ih in item_hashes {
        h ^= shuffle(ih as u64);
        n += 1;
    }
    h ^= (n + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        h = 590_923_713;
    }
    h as i64
}

/// hash(t) for a tuple given its items' hashes (in order).
pub fn hash_tuple<I>(item_hashes: I) -> i64
where
    I: IntoIterator<Item = i64>,
{
    let mut acc = XXPRIME_5;
    let mut len: u64 = 0;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
        len += 1;
    }
    // The length term is xor-ed with a constant chosen so hash(()) kept its pre-3.8 value.
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn spot_checks() {
        // Values from CPython 3.11; the generated tables in `numeric::tests` cover many more.
        let ints: &[(&str, i64)] = &[
            ("0", 0),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693951", 0),
            ("2305843009213693952", 1),
            ("-2305843009213693954", -3),
            ("9223372036854775807", 3),
            ("-9223372036854775808", -4),
            ("18446744073709551616", 8),
        ];
        for &(s, want) in ints {
            assert_eq!(hash_bigint(&big(s)), want, "hash({s})");
        }
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(-1.5), Some(-1152921504606846977));
        assert_eq!(hash_f64(1e300), Some(1224995262755759164));
        assert_eq!(hash_f64(5e-324), Some(16777216));
        assert_eq!(hash_f64(f64::NEG_INFINITY), Some(-314159));
        assert_eq!(hash_f64(f64::NAN), None);
        assert_eq!(hash_f64(-1.0), Some(-2));
        assert_eq!(hash_tuple([]), 5740354900026072187);
        assert_eq!(hash_tuple([1, 2]), -3550055125485641917);
        assert_eq!(hash_tuple([1, hash_tuple([2, 3])]), 7267574591690527098);
        assert_eq!(hash_bool(true), 1);
    }
}
