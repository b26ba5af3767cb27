//! Reading a tagged kind (`"kind": "level"`, …) through one flat struct of
//! every field any kind may have, instead of serde's derive for tagged
//! enums, which buffers each value into a generic tree first. These are
//! what the derive refused, refused the same way, for each reader
//! (`questionnaire/read.rs`, `demand/read.rs`).

use serde::de::Error;

/// A field the kind needs, or serde's "missing field".
pub(crate) fn required<T, E: Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}

/// Refuses the first field `given` (name, present) that the kind's `own`
/// fields do not list, as serde's "unknown field" would.
pub(crate) fn only_own<E: Error>(
    given: &[(&'static str, bool)],
    own: &'static [&'static str],
) -> Result<(), E> {
    match given
        .iter()
        .find(|(name, there)| *there && !own.contains(name))
    {
        Some((name, _)) => Err(E::unknown_field(name, own)),
        None => Ok(()),
    }
}
