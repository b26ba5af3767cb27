//! The seeker's saved session: what is kept on their own phone between
//! visits. Versioned, so that an app update can read what an older version
//! saved, and decoded defensively: anything unreadable is reported, never a
//! panic.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::questionnaire::Path;

pub const VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    /// The questionnaire the answers belong to.
    pub questionnaire: String,
    pub path: Path,
    /// Index of the section on screen, within the path's sections; on the
    /// adaptive path, one past them is its ratings.
    pub section: usize,
    pub answers: Answers,
    /// The adaptive path's ratings in the order it asked them; the last is
    /// the one on screen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asked: Vec<String>,
    /// About how many ratings were left, the one on screen included, when
    /// it was chosen (`adaptive::Choice::about_left`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about_left: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    /// Not a session this app can read: truncated, edited, or not JSON.
    Unreadable(String),
    /// Saved by a newer version of the app.
    Newer(u32),
}

impl std::fmt::Display for SessionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SessionError::Unreadable(why) => write!(f, "unreadable saved session: {why}"),
            SessionError::Newer(v) => write!(f, "saved by a newer version (session format {v})"),
        }
    }
}

/// Brings a session saved by an older version up to this one. Version 1
/// is the first; each later version adds its step here, and a fixture of
/// the version it replaces under `tests/fixtures/sessions/` (a test checks
/// there is one for every version up to `VERSION`). Version 2 added the
/// adaptive path (`asked`, `about_left`, both absent before): a version 1
/// session on the short path goes on on the fixed one it began.
fn migrate(mut session: Session) -> Session {
    session.version = VERSION;
    session
}

impl Session {
    /// A fresh session at the start of `path`.
    pub fn begin(questionnaire: &str, path: Path, answers: Answers) -> Session {
        Session {
            version: VERSION,
            questionnaire: questionnaire.to_owned(),
            path,
            section: 0,
            answers,
            asked: Vec::new(),
            about_left: None,
        }
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a session always serializes")
    }

    pub fn decode(text: &str) -> Result<Session, SessionError> {
        #[derive(Deserialize)]
        struct Head {
            version: u32,
        }
        let head: Head =
            serde_json::from_str(text).map_err(|e| SessionError::Unreadable(e.to_string()))?;
        if head.version > VERSION {
            return Err(SessionError::Newer(head.version));
        }
        let session: Session =
            serde_json::from_str(text).map_err(|e| SessionError::Unreadable(e.to_string()))?;
        let mut problems = crate::validation::Problems::default();
        session.answers.validate("answers", &mut problems);
        match problems.0.first() {
            Some(p) => Err(SessionError::Unreadable(p.to_string())),
            None => Ok(migrate(session)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::LevelAnswer;

    fn session() -> Session {
        let mut answers = Answers::default();
        answers.levels.insert(
            "2.A.1.a".into(),
            LevelAnswer {
                level: Some(3),
                ..Default::default()
            },
        );
        answers
            .levels
            .insert("2.A.1.b".into(), LevelAnswer::default());
        Session {
            section: 2,
            asked: vec!["2.A.1.a".into(), "2.A.1.b".into()],
            about_left: Some(4),
            ..Session::begin("q", Path::Adaptive, answers)
        }
    }

    #[test]
    fn round_trips() {
        let s = session();
        assert_eq!(Session::decode(&s.encode()), Ok(s));
    }

    #[test]
    fn truncated_wrong_type_and_newer_sessions_are_refused_with_a_reason() {
        let text = session().encode();
        assert!(matches!(
            Session::decode(&text[..text.len() / 2]),
            Err(SessionError::Unreadable(_))
        ));
        assert!(matches!(
            Session::decode("[]"),
            Err(SessionError::Unreadable(_))
        ));
        assert!(matches!(
            Session::decode(&text.replace("\"section\":2", "\"section\":\"x\"")),
            Err(SessionError::Unreadable(_))
        ));
        assert_eq!(
            Session::decode(&text.replace("\"version\":2", "\"version\":9")),
            Err(SessionError::Newer(9))
        );
        let bad_level = text.replace("\"level\":3", "\"level\":7");
        assert!(
            matches!(Session::decode(&bad_level), Err(SessionError::Unreadable(m)) if m.contains("outside 0..=4"))
        );
    }
}
