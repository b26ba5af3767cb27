//! User-facing strings, one Fluent (`.ftl`) file per locale under `locales/`.
//!
//! Swedish is the source locale: a key missing elsewhere falls back to it, and
//! a test fails when any locale lacks a Swedish key. Only the subset of Fluent
//! the app uses is read — messages, multi-line values and `{ $var }`
//! placeables — which keeps a full Fluent runtime out of the first-screen
//! bundle. Anything outside that subset is a parse error, caught by tests.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A UI language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    Sv,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Sv, Locale::En];
    pub const SOURCE: Locale = Locale::Sv;

    /// BCP 47 tag, as used in `lang` attributes and saved preferences.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Sv => "sv",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Locale::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    pub fn is_rtl(self) -> bool {
        false
    }

    fn source(self) -> &'static str {
        match self {
            Locale::Sv => include_str!("locales/sv.ftl"),
            Locale::En => include_str!("locales/en.ftl"),
        }
    }

    fn catalog(self) -> &'static Catalog {
        static CATALOGS: [OnceLock<Catalog>; Locale::ALL.len()] =
            [OnceLock::new(), OnceLock::new()];
        CATALOGS[self as usize].get_or_init(|| {
            // The files are compiled in and checked by tests, so a parse error
            // here means a broken build; show keys rather than crash the app.
            Catalog::parse(self.source()).unwrap_or_default()
        })
    }
}

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
        let mut current: Option<String> = None;
        for (index, raw) in source.lines().enumerate() {
            let line_no = index + 1;
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            if raw.starts_with(' ') {
                // A continuation line belongs to the message above it.
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

/// Every message of `locale`, as written (placeables unfilled): lets a test
/// tell translated text from text that bypassed the translation files.
#[cfg(test)]
pub(crate) fn templates(locale: Locale) -> Vec<&'static str> {
    let catalog = locale.catalog();
    catalog.keys().filter_map(|k| catalog.get(k)).collect()
}

/// The translation of `key`, falling back to Swedish and then to the key
/// itself, so a missing string is visible rather than a blank.
pub fn t(locale: Locale, key: &str) -> String {
    t_args(locale, key, &[])
}

/// Like [`t`], with `{ $name }` placeables filled from `args`.
pub fn t_args(locale: Locale, key: &str, args: &[(&str, &str)]) -> String {
    let template = locale
        .catalog()
        .get(key)
        .or_else(|| Locale::SOURCE.catalog().get(key))
        .unwrap_or(key);
    fill(template, args)
}

fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let inner = rest[start + 1..start + len].trim();
        let value = inner
            .strip_prefix('$')
            .and_then(|name| args.iter().find(|(k, _)| *k == name))
            .map(|(_, v)| *v);
        match value {
            Some(v) => out.push_str(v),
            None => out.push_str(&rest[start..=start + len]),
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_parses_and_has_every_swedish_key() {
        let source = Catalog::parse(Locale::SOURCE.source()).expect("sv.ftl parses");
        for locale in Locale::ALL {
            let catalog = Catalog::parse(locale.source())
                .unwrap_or_else(|e| panic!("{}.ftl: {e}", locale.code()));
            let mut missing: Vec<&str> =
                source.keys().filter(|k| catalog.get(k).is_none()).collect();
            missing.sort();
            assert!(
                missing.is_empty(),
                "{}.ftl lacks {missing:?}",
                locale.code()
            );
            let mut extra: Vec<&str> = catalog.keys().filter(|k| source.get(k).is_none()).collect();
            extra.sort();
            assert!(
                extra.is_empty(),
                "{}.ftl has keys sv.ftl lacks: {extra:?}",
                locale.code()
            );
        }
    }

    #[test]
    fn no_translation_is_empty() {
        for locale in Locale::ALL {
            for key in locale.catalog().keys() {
                assert!(
                    !locale.catalog().get(key).unwrap().trim().is_empty(),
                    "{}.ftl: {key} is empty",
                    locale.code()
                );
            }
        }
    }

    #[test]
    fn missing_key_falls_back_to_swedish_then_to_the_key() {
        let sv = Catalog::parse("a = Hej\nb = Två").unwrap();
        assert_eq!(sv.get("a"), Some("Hej"));
        assert_eq!(t(Locale::En, "no-such-key"), "no-such-key");
    }

    #[test]
    fn placeables_are_filled_and_unknown_ones_kept() {
        assert_eq!(
            fill(
                "{ $n } av { $total } frågor",
                &[("n", "3"), ("total", "20")]
            ),
            "3 av 20 frågor"
        );
        assert_eq!(fill("{ $x } kvar", &[]), "{ $x } kvar");
    }

    #[test]
    fn continuation_lines_join_and_bad_lines_are_reported() {
        let c = Catalog::parse("a = Första\n    andra\n").unwrap();
        assert_eq!(c.get("a"), Some("Första\nandra"));
        assert_eq!(Catalog::parse("a = x\na = y").unwrap_err().line, 2);
        assert_eq!(Catalog::parse("bara text").unwrap_err().line, 1);
        assert_eq!(Catalog::parse("  x").unwrap_err().line, 1);
        assert_eq!(Catalog::parse("1a = x").unwrap_err().line, 1);
        assert_eq!(Catalog::parse("a b = x").unwrap_err().line, 1);
    }

    #[test]
    fn locale_codes_round_trip_and_regions_are_ignored() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_code(l.code()), Some(l));
        }
        assert_eq!(Locale::from_code("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_code("sv_SE"), Some(Locale::Sv));
        assert_eq!(Locale::from_code("xx"), None);
    }
}
