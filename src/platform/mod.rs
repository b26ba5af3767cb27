//! The only module that touches browser APIs. Everything here has a native
//! stand-in so that the UI can be rendered and tested with `cargo test`.

pub mod activity;
pub mod clock;
pub mod demand_worker;
pub mod document;
pub mod download;
pub mod events;
pub mod fetch;
pub mod files;
pub mod history;
pub mod kept_store;
pub mod offline;
pub mod sealing;
pub mod speech;
pub mod storage;
pub mod whole_app;
