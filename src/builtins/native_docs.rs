//! What CPython says about each builtin function and method, for the natives that stand in for
//! them: `__qualname__`, `__module__`, `__doc__` and the signature `inspect` shows (the
//! notebook's `<function len(obj, /)>` and `len?`). The table is generated from CPython 3.11 by
//! `tools/gen_native_docs.py`.

pub use crate::objects::native::NativeDoc;

include!("native_docs_table.rs");

/// The row for `owner.name` (owner "" for a builtin function).
pub fn lookup(owner: &str, name: &str) -> Option<&'static NativeDoc> {
    TABLE
        .binary_search_by(|row| (row.owner, row.name).cmp(&(owner, name)))
        .ok()
        .map(|i| &TABLE[i])
}

/// The `__doc__` of the builtin class named `name`.
pub fn type_doc(name: &str) -> Option<&'static str> {
    TYPE_DOCS
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| TYPE_DOCS[i].1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(super::TABLE
            .windows(2)
            .all(|w| (w[0].owner, w[0].name) < (w[1].owner, w[1].name)));
        let len = super::lookup("", "len").expect("len");
        assert_eq!(len.bound, Some("(obj, /)"));
        assert_eq!(
            super::lookup("list", "append").map(|d| d.qualname),
            Some("list.append")
        );
        assert!(super::TYPE_DOCS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(super::type_doc("int").is_some_and(|d| d.starts_with("int([x]) -> integer")));
    }
}
