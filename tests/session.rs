//! Saved sessions from every version of the app still open, and nothing
//! saved in storage (truncated, random, the wrong shape) can panic the app.

use std::path::PathBuf;

use kompetenskoll::core::session::{Session, SessionError, VERSION};
use proptest::prelude::*;

fn fixture(version: u32) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/sessions/v{version}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: every saved-session version needs a fixture",
            path.display()
        )
    })
}

#[test]
fn every_past_version_has_a_fixture_that_migrates_without_losing_answers() {
    for version in 1..=VERSION {
        let text = fixture(version);
        let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(raw["version"], version, "v{version}.json says its version");
        let session = Session::decode(&text).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(session.version, VERSION);
        // Whatever the version, the answers it held are all still there.
        let levels = raw["answers"]["levels"].as_object().map_or(0, |m| m.len());
        assert_eq!(session.answers.levels.len(), levels, "v{version} levels");
        let skills = raw["answers"]["skills"].as_object().map_or(0, |m| m.len());
        assert_eq!(session.answers.skills.len(), skills, "v{version} skills");
        assert!(session.answers.goal.is_some() && session.answers.education.is_some());
        // And it saves again in the current form.
        assert_eq!(Session::decode(&session.encode()), Ok(session));
    }
}

#[test]
fn a_session_from_a_newer_app_is_named_not_misread() {
    let text = fixture(1).replacen("\"version\":1", &format!("\"version\":{}", VERSION + 1), 1);
    assert_eq!(
        Session::decode(&text),
        Err(SessionError::Newer(VERSION + 1))
    );
}

proptest! {
    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,200}") {
        let _ = Session::decode(&text);
    }

    #[test]
    fn any_truncation_or_damage_of_a_real_session_is_read_or_refused(cut in 0usize..2000, at in 0usize..2000, byte in 0x20u8..0x7f) {
        let text = fixture(1);
        let cut = cut.min(text.len());
        if text.is_char_boundary(cut) {
            let _ = Session::decode(&text[..cut]);
        }
        let mut bytes = text.into_bytes();
        let at = at.min(bytes.len() - 1);
        if bytes[at].is_ascii() {
            bytes[at] = byte;
            if let Ok(damaged) = String::from_utf8(bytes) {
                let _ = Session::decode(&damaged);
            }
        }
    }

    #[test]
    fn json_of_the_wrong_shape_is_refused(value in proptest::arbitrary::any::<(u32, String, Vec<u8>)>()) {
        let text = serde_json::json!({ "version": value.0 % 3, "questionnaire": value.1, "path": value.2, "answers": [] }).to_string();
        prop_assert!(Session::decode(&text).is_err());
    }
}
