//! Reading a `.ftl` file: the subset of Fluent the app uses, with every
//! selector checked when it is read.

use std::collections::HashMap;

use super::format::{pieces, variants, Piece};

/// The messages of one locale.
#[derive(Debug, Default)]
pub struct Catalog {
    messages: HashMap<String, String>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl Catalog {
    pub fn parse(source: &str) -> Result<Catalog, ParseError> {
        let mut messages: HashMap<String, String> = HashMap::new();
        // Each message's first line, to say where a bad selector is.
        let mut starts: Vec<(String, usize)> = Vec::new();
        let mut current: Option<String> = None;
        for (index, raw) in source.lines().enumerate() {
            let line_no = index + 1;
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            // A continuation line belongs to the message above it; so does
            // a selector's closing brace, which Fluent allows at column 0.
            if raw.starts_with(' ') || raw.starts_with('}') {
                let Some(key) = &current else {
                    return Err(ParseError {
                        line: line_no,
                        message: "indented line with no message above it".into(),
                    });
                };
                let value = messages.get_mut(key).expect("current key was inserted");
                if !value.is_empty() {
                    value.push('\n');
                }
                value.push_str(raw.trim());
                continue;
            }
            let Some((key, value)) = raw.split_once('=') else {
                return Err(ParseError {
                    line: line_no,
                    message: "expected `key = value`".into(),
                });
            };
            let key = key.trim();
            // Fluent identifiers: [a-zA-Z][a-zA-Z0-9_-]*
            let valid_key = key.starts_with(|c: char| c.is_ascii_alphabetic())
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid_key {
                return Err(ParseError {
                    line: line_no,
                    message: format!("`{key}` is not a message id (a-z, A-Z, 0-9, _, -)"),
                });
            }
            if messages
                .insert(key.to_owned(), value.trim().to_owned())
                .is_some()
            {
                return Err(ParseError {
                    line: line_no,
                    message: format!("`{key}` is defined twice"),
                });
            }
            current = Some(key.to_owned());
            starts.push((key.to_owned(), line_no));
        }
        for (key, line) in starts {
            check_selectors(&messages[&key]).map_err(|message| ParseError {
                line,
                message: format!("{key}: {message}"),
            })?;
        }
        Ok(Catalog { messages })
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.messages.get(key).map(String::as_str)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }
}

/// A selector must name a variable, have variants and exactly one default.
fn check_selectors(value: &str) -> Result<(), String> {
    for piece in pieces(value) {
        match piece {
            Piece::Unclosed(_) => return Err("a `{` is never closed".into()),
            Piece::Select {
                selector,
                variants: text,
                ..
            } => {
                if !selector.starts_with('$') {
                    return Err(format!("`{selector}` selects on no variable"));
                }
                let all: Vec<_> = variants(text).collect();
                let defaults = all.iter().filter(|(d, _, _)| *d).count();
                if all.is_empty() || defaults != 1 {
                    return Err(format!(
                        "a selector needs variants and exactly one default `*[…]` (found {defaults})"
                    ));
                }
                for (_, _, variant) in all {
                    check_selectors(variant)?;
                }
            }
            Piece::Text(_) | Piece::Placeable { .. } => {}
        }
    }
    Ok(())
}
