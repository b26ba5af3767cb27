//! Problems found in an input file: where (JSON path, and line/column when
//! known) and what is wrong, in words a publisher can act on.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// `occupations[12].requirements[3].level`; empty for the whole file.
    pub path: String,
    pub message: String,
    /// 1-based position of the value at `path` in the file, when known.
    pub position: Option<(usize, usize)>,
    /// What sort of refusal this is, so that a reader is told in her own
    /// language what the file is and what is wrong before any detail.
    pub trouble: Trouble,
}

/// The sort of a problem, from the first thing that is wrong with a file.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Trouble {
    /// A value in the file: `path` and `message` say which and why.
    #[default]
    Value,
    /// Larger than this kind of file may be; it was not read.
    TooLarge { bytes: usize, max: usize },
    /// Not JSON, or JSON cut short or broken by a stray character.
    Damaged,
    /// JSON, but not a Kompetenskoll file (no `format`, or not an object).
    NotOurs,
    /// A Kompetenskoll file, but of another kind than the one asked for.
    OtherKind(crate::json::Kind),
    /// A later version of the kind asked for: made by a newer app.
    Newer(String),
    /// A `format` this app does not know at all.
    UnknownFormat(String),
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
            position: None,
            trouble: Trouble::Value,
        }
    }

    /// A problem with the whole file, of sort `trouble`.
    pub fn whole(trouble: Trouble, message: impl Into<String>) -> Problem {
        Problem {
            trouble,
            ..Problem::new("", message)
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(file)"
        } else {
            &self.path
        };
        write!(f, "{path}: {}", self.message)?;
        if let Some((line, column)) = self.position {
            write!(f, " (line {line}, column {column})")?;
        }
        Ok(())
    }
}

/// The longest label or title a file may carry: a name, not a text.
pub const MAX_LABEL_CHARS: usize = 300;
/// The longest description or note (the longest in the default content
/// is under 700 characters).
pub const MAX_PROSE_CHARS: usize = 5_000;

/// Collects problems while a validator walks a parsed file.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem::new(path, message));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Reports every id that occurs more than once, at its later places.
    /// Each id comes with a cheap key to its place (an index); `path` makes
    /// the path only for a problem, so that a valid file of thousands of
    /// entries builds none.
    pub fn check_unique<'a, K: Copy>(
        &mut self,
        ids: impl IntoIterator<Item = (K, &'a str)>,
        path: impl Fn(K) -> String,
        what: &str,
    ) {
        let mut seen = std::collections::HashMap::new();
        for (key, id) in ids {
            if id.trim().is_empty() {
                self.push(path(key), format!("{what} id is empty"));
            } else if let Some(&first) = seen.get(id) {
                self.push(
                    path(key),
                    format!("duplicate {what} id `{id}` (first at {})", path(first)),
                );
            } else {
                seen.insert(id, key);
            }
        }
    }

    /// The `format` field every file starts with names the format read.
    pub fn check_format(&mut self, found: &str, expected: &str) {
        if found != expected {
            self.push("format", format!("expected `{expected}`, found `{found}`"));
        }
    }

    /// A label or title: Swedish is required, and no language's text may
    /// run past [`MAX_LABEL_CHARS`] (a page would show it whole).
    /// `path` is made only for a problem.
    pub fn check_text(&mut self, path: &dyn Fn() -> String, text: &crate::text::Text) {
        if text
            .0
            .get(crate::text::SOURCE_LANGUAGE)
            .is_none_or(|t| t.trim().is_empty())
        {
            self.push(path(), "needs a Swedish (`sv`) text");
        }
        self.check_length(path, text, MAX_LABEL_CHARS);
    }

    /// A description or note, which may be absent: at most
    /// [`MAX_PROSE_CHARS`] in any language.
    pub fn check_prose(&mut self, path: &dyn Fn() -> String, text: Option<&crate::text::Text>) {
        if let Some(text) = text {
            self.check_length(path, text, MAX_PROSE_CHARS);
        }
    }

    fn check_length(&mut self, path: &dyn Fn() -> String, text: &crate::text::Text, max: usize) {
        for (lang, value) in &text.0 {
            // Bytes bound characters from above: most texts need no count.
            if value.len() <= max {
                continue;
            }
            let chars = value.chars().count();
            if chars > max {
                self.push(
                    format!("{}.{lang}", path()),
                    format!("is {chars} characters long; at most {max} are shown"),
                );
            }
        }
    }
}
