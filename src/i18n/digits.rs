//! Numbers in the reader's digits: Persian and Dari write ۰–۹, Arabic the
//! Arabic-Indic ٠–٩ (CLDR's default numbering for `ar`), each with the
//! Arabic decimal separator; every other locale Western digits. Only
//! values are written so: a placeable that is a number and names no code
//! (a file name, a date, a hash or an ISCED code keeps its own characters).

use std::borrow::Cow;

use super::Locale;

/// The placeables that hold codes, never values, whatever they look like.
const CODES: [&str; 3] = ["hash", "isced", "file"];

/// The zero of `locale`'s digits, where they are not Western.
fn zero(locale: Locale) -> Option<char> {
    match locale {
        Locale::Fa | Locale::Prs => Some('\u{06F0}'),
        Locale::Ar => Some('\u{0660}'),
        _ => None,
    }
}

/// Whether `value` is a number as the app writes one: an optional sign,
/// digits, at most one decimal point or comma between digits.
fn is_number(value: &str) -> bool {
    let body = value.strip_prefix('-').unwrap_or(value).as_bytes();
    let mut separators = 0;
    for (i, &b) in body.iter().enumerate() {
        match b {
            b'0'..=b'9' => {}
            b'.' | b',' if i > 0 && i + 1 < body.len() => separators += 1,
            _ => return false,
        }
    }
    !body.is_empty() && separators <= 1
}

/// The placeable `name`'s `value` as `locale` writes it.
pub(super) fn value<'a>(locale: Locale, name: &str, value: &'a str) -> Cow<'a, str> {
    match zero(locale) {
        Some(zero) if !CODES.contains(&name) && is_number(value) => Cow::Owned(
            value
                .chars()
                .map(|c| match c {
                    '.' | ',' => '\u{066B}',
                    '0'..='9' => char::from_u32(zero as u32 + (c as u32 - 48)).unwrap_or(c),
                    other => other,
                })
                .collect(),
        ),
        _ => Cow::Borrowed(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_in_the_readers_digits() {
        assert_eq!(value(Locale::Fa, "score", "72"), "۷۲");
        assert_eq!(value(Locale::Prs, "weeks", "12,5"), "۱۲٫۵");
        assert_eq!(value(Locale::Ar, "count", "30"), "٣٠");
        assert_eq!(value(Locale::Ar, "points", "-1.5"), "-١٫٥");
        assert_eq!(value(Locale::Sv, "score", "72"), "72");
        assert_eq!(value(Locale::So, "score", "72"), "72");
    }

    #[test]
    fn codes_file_names_dates_and_hashes_keep_their_characters() {
        assert_eq!(value(Locale::Fa, "hash", "1234"), "1234");
        assert_eq!(value(Locale::Fa, "isced", "3"), "3");
        assert_eq!(value(Locale::Ar, "file", "2026.json"), "2026.json");
        assert_eq!(value(Locale::Ar, "date", "2026-11-23"), "2026-11-23");
        assert_eq!(value(Locale::Fa, "label", "Profil 3"), "Profil 3");
        assert_eq!(value(Locale::Fa, "n", "1.2.3"), "1.2.3");
        assert_eq!(value(Locale::Fa, "n", "1."), "1.");
        assert_eq!(value(Locale::Fa, "n", "-"), "-");
    }
}
