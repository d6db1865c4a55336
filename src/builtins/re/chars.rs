//! What one character is to a pattern: the categories (`\d`, `\w`, `\s`) under Unicode or
//! ASCII rules, and case-insensitive equality as CPython's `_sre` decides it (simple lowercase
//! mappings plus the few characters that share a case fold without sharing a lowercase).

use super::parse::{Cat, ClassItem};
use crate::builtins::string_case::{is_alpha, is_decimal, is_digit, is_numeric};

/// Characters that `re` treats as equal under IGNORECASE although their lowercase forms
/// differ (CPython's `re._casefix`), as classes of lowercase code points.
const CASE_CLASSES: &[&[u32]] = &[
    &[105, 305],
    &[115, 383],
    &[181, 956],
    &[837, 953, 8126],
    &[912, 8147],
    &[944, 8163],
    &[946, 976],
    &[949, 1013],
    &[952, 977],
    &[954, 1008],
    &[960, 982],
    &[961, 1009],
    &[962, 963],
    &[966, 981],
    &[1074, 7296],
    &[1076, 7297],
    &[1086, 7298],
    &[1089, 7299],
    &[1090, 7300, 7301],
    &[1098, 7302],
    &[1123, 7303],
    &[7304, 42571],
    &[7777, 7835],
    &[64261, 64262],
];

/// Uppercase characters whose lowercase is not the lowercase of their own uppercase twin
/// (KELVIN SIGN lowers to `k`, whose uppercase is `K`): a range test must look at them too.
const EXTRA_UPPER: &[(u32, u32)] = &[
    (0x130, 0x69),
    (0x3f4, 0x3b8),
    (0x1e9e, 0xdf),
    (0x2126, 0x3c9),
    (0x212a, 0x6b),
    (0x212b, 0xe5),
];

/// The simple lowercase mapping (ASCII-only unless `unicode`).
#[inline]
pub fn lower(c: u32, unicode: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if !unicode {
        return c;
    }
    match char::from_u32(c) {
        Some(ch) => ch.to_lowercase().next().map_or(c, |l| l as u32),
        None => c,
    }
}

/// The simple uppercase mapping (ASCII-only unless `unicode`).
#[inline]
pub fn upper(c: u32, unicode: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if !unicode {
        return c;
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_uppercase();
            match (it.next(), it.next()) {
                (Some(u), None) => u as u32,
                _ => c,
            }
        }
        None => c,
    }
}

fn case_class(l: u32) -> Option<&'static [u32]> {
    if l < 105 {
        return None;
    }
    CASE_CLASSES.iter().copied().find(|cls| cls.contains(&l))
}

/// The key two characters share exactly when IGNORECASE makes them equal.
#[inline]
pub fn fold(c: u32, unicode: bool) -> u32 {
    let l = lower(c, unicode);
    if !unicode || l < 128 && l != 105 && l != 115 {
        return l;
    }
    case_class(l).map_or(l, |cls| cls[0])
}

#[inline]
pub fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    unicode
        && char::from_u32(c)
            .is_some_and(|ch| is_alpha(ch) || is_decimal(ch) || is_digit(ch) || is_numeric(ch))
}

#[inline]
pub fn is_digit_char(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    unicode && char::from_u32(c).is_some_and(is_decimal)
}

#[inline]
pub fn is_space_char(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return matches!(c as u8, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
            || unicode && (0x1c..=0x1f).contains(&c);
    }
    unicode && char::from_u32(c).is_some_and(crate::builtins::string::is_space)
}

#[inline]
pub fn in_category(cat: Cat, c: u32, unicode: bool) -> bool {
    match cat {
        Cat::Digit => is_digit_char(c, unicode),
        Cat::NotDigit => !is_digit_char(c, unicode),
        Cat::Space => is_space_char(c, unicode),
        Cat::NotSpace => !is_space_char(c, unicode),
        Cat::Word => is_word(c, unicode),
        Cat::NotWord => !is_word(c, unicode),
    }
}

/// A character class, ready to test characters.
#[derive(Debug, Clone)]
pub struct CharSet {
    pub negate: bool,
    pub items: Vec<ClassItem>,
    pub ignore_case: bool,
    pub unicode: bool,
    /// Membership of the first 256 code points, precomputed.
    latin1: [u64; 4],
}

impl CharSet {
    pub fn new(negate: bool, items: Vec<ClassItem>, ignore_case: bool, unicode: bool) -> CharSet {
        let mut set = CharSet {
            negate,
            items,
            ignore_case,
            unicode,
            latin1: [0; 4],
        };
        for c in 0..256u32 {
            if set.slow_contains(c) {
                set.latin1[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        set
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            return self.latin1[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow_contains(c)
    }

    fn slow_contains(&self, c: u32) -> bool {
        let hit = if self.ignore_case {
            self.contains_ignoring_case(c)
        } else {
            self.items.iter().any(|it| match *it {
                ClassItem::Lit(x) => x == c,
                ClassItem::Range(lo, hi) => lo <= c && c <= hi,
                ClassItem::Cat(cat) => in_category(cat, c, self.unicode),
            })
        };
        hit != self.negate
    }

    fn contains_ignoring_case(&self, c: u32) -> bool {
        let u = self.unicode;
        let l = lower(c, u);
        let f = fold(c, u);
        self.items.iter().any(|it| match *it {
            ClassItem::Lit(x) => fold(x, u) == f,
            ClassItem::Range(lo, hi) => {
                let inr = |x: u32| lo <= x && x <= hi;
                if inr(l) || inr(upper(l, u)) {
                    return true;
                }
                if !u {
                    return false;
                }
                let class = case_class(l).unwrap_or(&[]);
                class.iter().any(|&m| inr(m) || inr(upper(m, u)))
                    || EXTRA_UPPER
                        .iter()
                        .any(|&(up, lo2)| inr(up) && (lo2 == l || class.contains(&lo2)))
            }
            ClassItem::Cat(cat) => in_category(cat, l, u),
        })
    }
}
