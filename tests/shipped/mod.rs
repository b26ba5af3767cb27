//! The shipped default content (static/content), read as the app reads it:
//! for the tests that judge results on what seekers get.

use std::path::Path;

use kompetenskoll::core::demand::DemandFile;
use kompetenskoll::core::json;
use kompetenskoll::core::questionnaire::Questionnaire;

pub fn shipped(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("static/content")
            .join(name),
    )
    .unwrap()
}

/// The default questionnaire and the national demand file.
pub fn content() -> (Questionnaire, DemandFile) {
    (
        json::parse_questionnaire(&shipped("questionnaire.json")).unwrap(),
        json::parse_demand(&shipped("demand-sverige.json")).unwrap(),
    )
}
