//! Kompetenskoll: a privacy-first skills self-assessment.
//!
//! - [`core`]: formats, validation, scoring, profile codec — plain Rust, no
//!   browser dependency, shared by the app and the native CLI.
//! - [`i18n`]: the translation files and lookup.
//! - [`platform`]: the one place that calls browser APIs.
//! - [`ui`]: the Yew app.
//!
//! ARCHITECTURE.md has the map and the invariants.

/// The domain core is its own crate (`crates/core`): Cargo keeps it free of
/// every browser crate. Re-exported so that paths read `crate::core::…`.
pub use kompetenskoll_core as core;
pub mod i18n;
pub mod platform;
pub mod ui;
