//! Filling a message: placeables, each value in its own bidi isolate where
//! the text runs right to left, and selectors on exact values or plural
//! categories.

use super::plural::plural_category;
use super::Locale;

/// One piece of a message as written.
pub(super) enum Piece<'a> {
    Text(&'a str),
    /// `{ $name }` (or anything else in braces): the braces' contents.
    Placeable {
        inner: &'a str,
        source: &'a str,
    },
    /// `{ $name -> [key] … *[other] … }`.
    Select {
        selector: &'a str,
        variants: &'a str,
        source: &'a str,
    },
    /// A `{` that is never closed, and the rest after it.
    Unclosed(&'a str),
}

impl<'a> Piece<'a> {
    pub(super) fn source(&self) -> &'a str {
        match self {
            Piece::Text(s) | Piece::Unclosed(s) => s,
            Piece::Placeable { source, .. } | Piece::Select { source, .. } => source,
        }
    }
}

/// A message cut into text, placeables and selectors (nested braces, as in
/// a selector's variants, stay inside their piece).
pub(super) fn pieces(message: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = message;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let start = rest.find('{').unwrap_or(rest.len());
        if start > 0 {
            let (text, after) = rest.split_at(start);
            rest = after;
            return Some(Piece::Text(text));
        }
        let mut depth = 0usize;
        let end = rest.char_indices().find_map(|(i, c)| {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => return None,
            }
            (depth == 0).then_some(i)
        });
        let Some(end) = end else {
            return Some(Piece::Unclosed(std::mem::take(&mut rest)));
        };
        let (source, after) = rest.split_at(end + 1);
        rest = after;
        let inner = &source[1..end];
        Some(match inner.split_once("->") {
            Some((selector, variants)) => Piece::Select {
                selector: selector.trim(),
                variants,
                source,
            },
            None => Piece::Placeable {
                inner: inner.trim(),
                source,
            },
        })
    })
}

/// Fills `{ $name }` placeables and resolves `{ $name -> [key] … *[other] … }`
/// selectors: a variant whose key is the value itself, else the one named
/// by the value's plural category in `locale`, else the default (`*`).
/// Anything it cannot fill stays as written, so it shows rather than vanish.
pub(super) fn fill(locale: Locale, template: &str, args: &[(&str, &str)], isolate: bool) -> String {
    let arg = |name: &str| {
        name.strip_prefix('$')
            .and_then(|name| args.iter().find(|(k, _)| *k == name))
            .map(|(_, v)| *v)
    };
    let mut out = String::with_capacity(template.len());
    for piece in pieces(template) {
        let filled = match &piece {
            Piece::Select {
                selector, variants, ..
            } => arg(selector).map(|value| {
                fill(
                    locale,
                    choose_variant(locale, value, variants),
                    args,
                    isolate,
                )
            }),
            Piece::Placeable { inner, .. } => arg(inner).map(|value| {
                let name = inner.strip_prefix('$').unwrap_or(inner);
                let value = super::digits::value(locale, name, value);
                if isolate {
                    format!("\u{2068}{value}\u{2069}")
                } else {
                    value.into_owned()
                }
            }),
            Piece::Text(_) | Piece::Unclosed(_) => None,
        };
        out.push_str(filled.as_deref().unwrap_or(piece.source()));
    }
    out
}

/// A selector's variants, one per line: `[key] text` or `*[key] text`.
pub(super) fn variants(text: &str) -> impl Iterator<Item = (bool, &str, &str)> {
    text.lines().filter_map(|line| {
        let line = line.trim();
        let (default, line) = match line.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (key, value) = line.strip_prefix('[')?.split_once(']')?;
        Some((default, key.trim(), value.trim()))
    })
}

pub(super) fn choose_variant<'a>(locale: Locale, value: &str, text: &'a str) -> &'a str {
    let category = plural_category(locale, value);
    let mut default = "";
    for (is_default, key, variant) in variants(text) {
        if key == value || key == category {
            return variant;
        }
        if is_default {
            default = variant;
        }
    }
    default
}
