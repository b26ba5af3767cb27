//! The Yew app: one reducer ([`state`]), pages, and small components.
//! Components read strings through [`crate::i18n`] and browser APIs only
//! through [`crate::platform`].

pub mod app;
pub mod components;
pub mod content;
pub mod handoff;
pub mod keys;
pub mod kiosk;
pub mod local;
pub mod pages;
pub mod persist;
pub mod place;
pub mod state;

#[cfg(test)]
mod render_tests;

pub use app::App;
