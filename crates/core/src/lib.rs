//! The domain core: formats, validation, scoring and the profile. No yew,
//! no web-sys, nothing that needs a browser; the app and the CLI share it.

pub mod adaptive;
pub mod answers;
pub mod centre_store;
pub mod dates;
pub mod demand;
#[cfg(not(target_arch = "wasm32"))]
pub mod demand_csv;
pub mod edit;
pub mod evidence;
pub mod explanation;
mod flat;
pub mod guidance;
pub mod held;
pub mod json;
pub mod json_path;
pub mod listing;
pub mod municipalities;
pub mod need;
pub mod profile;
pub mod profile_code;
pub mod qr;
pub mod questionnaire;
pub mod scales;
pub mod scoring;
pub mod session;
pub mod shortlist;
#[cfg(not(target_arch = "wasm32"))]
pub mod simulation;
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
pub mod text;
pub mod validation;
