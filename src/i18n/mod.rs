//! User-facing strings, one Fluent (`.ftl`) file per locale under `locales/`.
//!
//! Swedish is the source locale: a key missing elsewhere falls back to it, and
//! a test fails when any locale lacks a Swedish key. Only the subset of Fluent
//! the app uses is read — messages, multi-line values, `{ $var }` placeables
//! and `{ $var -> [key] … *[other] … }` selectors on exact values or CLDR
//! plural categories (whole numbers, the ten locales' rules) — which keeps a
//! full Fluent runtime and its plural tables out of the first-screen bundle.
//! A malformed selector is a parse error, caught by tests.

use std::sync::OnceLock;

mod catalog;
mod digits;
mod format;
mod plural;

pub use catalog::{Catalog, ParseError};
use format::fill;
#[cfg(test)]
use format::{pieces, variants, Piece};
pub use plural::plural_category;

/// A UI language. Easy-to-read Swedish (lättläst) is a locale of its own:
/// its own texts, Swedish content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    Sv,
    SvEasy,
    En,
    Ar,
    Prs,
    Fa,
    So,
    Fi,
    Ti,
    Uk,
}

impl Locale {
    /// In the order the language picker lists them.
    pub const ALL: [Locale; 10] = [
        Locale::Sv,
        Locale::SvEasy,
        Locale::En,
        Locale::Ar,
        Locale::Prs,
        Locale::Fa,
        Locale::So,
        Locale::Fi,
        Locale::Ti,
        Locale::Uk,
    ];
    pub const SOURCE: Locale = Locale::Sv;

    /// BCP 47 tag, as used in `lang` attributes, file names and saved
    /// preferences. Lättläst has no registered subtag, so a private one.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Sv => "sv",
            Locale::SvEasy => "sv-x-lattlast",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Prs => "prs",
            Locale::Fa => "fa",
            Locale::So => "so",
            Locale::Fi => "fi",
            Locale::Ti => "ti",
            Locale::Uk => "uk",
        }
    }

    /// The language's name in itself, as the picker lists it: known before
    /// its messages are fetched. A test keeps it equal to `locale-name`.
    pub fn name(self) -> &'static str {
        match self {
            Locale::Sv => "Svenska",
            Locale::SvEasy => "Lättläst svenska",
            Locale::En => "English",
            Locale::Ar => "العربية",
            Locale::Prs => "دری",
            Locale::Fa => "فارسی",
            Locale::So => "Soomaali",
            Locale::Fi => "Suomi",
            Locale::Ti => "ትግርኛ",
            Locale::Uk => "Українська",
        }
    }

    /// The language of the content files' texts (questions, occupations)
    /// this locale reads: its own code (lättläst has its own wording of the
    /// questionnaire, and reads the rest in Swedish).
    pub fn content_lang(self) -> &'static str {
        self.code()
    }

    /// Whether the content files' Swedish is this locale's own (Swedish and
    /// lättläst): nothing shown in Swedish is then a fallback to mark.
    pub fn reads_swedish(self) -> bool {
        matches!(self, Locale::Sv | Locale::SvEasy)
    }

    /// The locale for a saved code or a browser language: an exact match
    /// first, then by primary language (`en-GB` is English, `fa-AF` Dari).
    pub fn from_code(code: &str) -> Option<Locale> {
        if let Some(exact) = Locale::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
        {
            return Some(exact);
        }
        let lower = code.to_ascii_lowercase().replace('_', "-");
        if lower == "fa-af" {
            return Some(Locale::Prs);
        }
        let primary = lower.split('-').next().unwrap_or("");
        Locale::ALL
            .into_iter()
            .filter(|l| *l != Locale::SvEasy)
            .find(|l| l.code() == primary)
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::Prs | Locale::Fa)
    }

    /// The locale's `.ftl`, where it is compiled in. In the browser only
    /// Swedish is, as every other locale falls back to it; the rest are
    /// fetched when chosen (see [`install`]), which keeps them out of the
    /// first screen's download. Natively (tests, CLI) all are.
    fn bundled(self) -> Option<&'static str> {
        #[cfg(target_arch = "wasm32")]
        {
            // build.rs: all of sv.ftl for the whole app, less the whole
            // app's messages for the first screen.
            (self == Locale::Sv).then_some(include_str!(concat!(env!("OUT_DIR"), "/sv.ftl")))
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            Some(self.file())
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn file(self) -> &'static str {
        match self {
            Locale::Sv => include_str!("locales/sv.ftl"),
            Locale::SvEasy => include_str!("locales/sv-x-lattlast.ftl"),
            Locale::En => include_str!("locales/en.ftl"),
            Locale::Ar => include_str!("locales/ar.ftl"),
            Locale::Prs => include_str!("locales/prs.ftl"),
            Locale::Fa => include_str!("locales/fa.ftl"),
            Locale::So => include_str!("locales/so.ftl"),
            Locale::Fi => include_str!("locales/fi.ftl"),
            Locale::Ti => include_str!("locales/ti.ftl"),
            Locale::Uk => include_str!("locales/uk.ftl"),
        }
    }

    fn slot(self) -> &'static OnceLock<Catalog> {
        static CATALOGS: [OnceLock<Catalog>; Locale::ALL.len()] =
            [const { OnceLock::new() }; Locale::ALL.len()];
        &CATALOGS[self as usize]
    }

    /// The locale's messages, once they are here (compiled in or installed).
    fn catalog(self) -> Option<&'static Catalog> {
        let slot = self.slot();
        match self.bundled() {
            // The files are compiled in and checked by tests, so a parse
            // error here means a broken build; show keys rather than crash.
            Some(source) => Some(slot.get_or_init(|| Catalog::parse(source).unwrap_or_default())),
            None => slot.get(),
        }
    }

    /// Whether the locale's messages are here, so the UI can switch to it.
    pub fn is_ready(self) -> bool {
        self.catalog().is_some()
    }

    /// Where the app fetches a locale that is not compiled in.
    pub fn path(self) -> String {
        format!("locales/{}.ftl", self.code())
    }
}

/// Makes a fetched `.ftl` the messages of `locale`. A compiled-in locale,
/// or one installed before, keeps what it has.
pub fn install(locale: Locale, source: &str) -> Result<(), ParseError> {
    let catalog = Catalog::parse(source)?;
    if locale.bundled().is_none() {
        let _ = locale.slot().set(catalog);
    }
    Ok(())
}

/// Every message of `locale` as written (placeables unfilled), a message
/// with a selector once per variant: lets a test tell translated text from
/// text that bypassed the translation files.
#[cfg(test)]
pub(crate) fn templates(locale: Locale) -> Vec<String> {
    let catalog = locale
        .catalog()
        .expect("every locale is compiled in natively");
    catalog
        .keys()
        .filter_map(|k| catalog.get(k))
        .flat_map(expand)
        .collect()
}

/// Every form a message can take: each selector replaced by each variant.
#[cfg(test)]
fn expand(message: &str) -> Vec<String> {
    let mut forms = vec![String::new()];
    for piece in pieces(message) {
        forms = match piece {
            Piece::Select { variants: text, .. } => forms
                .iter()
                .flat_map(|form| {
                    variants(text)
                        .flat_map(|(_, _, v)| expand(v))
                        .map(move |v| format!("{form}{v}"))
                })
                .collect(),
            other => forms
                .into_iter()
                .map(|form| form + other.source())
                .collect(),
        };
    }
    forms
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
        .and_then(|c| c.get(key))
        .or_else(|| Locale::SOURCE.catalog().and_then(|c| c.get(key)))
        .unwrap_or(key);
    // As Fluent does in right-to-left text: each value in its own bidi
    // isolate, so a date, a number or a Swedish name keeps its order
    // ("2026-11-23" would otherwise show reversed).
    fill(locale, template, args, locale.is_rtl())
}

/// `value` with `digits` decimals, written the way `locale` writes
/// numbers: a decimal comma in Swedish, Finnish and Ukrainian, a point in
/// the others; a message it fills writes it in the reader's digits
/// (`digits.rs`).
pub fn decimal(locale: Locale, value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    let text = if text.starts_with('-') && text[1..].bytes().all(|b| b == b'0' || b == b'.') {
        text[1..].to_owned()
    } else {
        text
    };
    let comma = matches!(
        locale,
        Locale::Sv | Locale::SvEasy | Locale::Fi | Locale::Uk
    );
    if comma {
        text.replace('.', ",")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_parses_and_has_every_swedish_key() {
        let source = Catalog::parse(Locale::SOURCE.file()).expect("sv.ftl parses");
        for locale in Locale::ALL {
            let catalog = Catalog::parse(locale.file())
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
            let catalog = locale.catalog().unwrap();
            for key in catalog.keys() {
                assert!(
                    !catalog.get(key).unwrap().trim().is_empty(),
                    "{}.ftl: {key} is empty",
                    locale.code()
                );
            }
        }
    }

    /// The variables a message uses (in placeables or selectors), sorted.
    fn placeables(message: &str) -> Vec<&str> {
        let mut names: Vec<&str> = message
            .split('$')
            .skip(1)
            .map(|rest| {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                    .unwrap_or(rest.len());
                &rest[..end]
            })
            .collect();
        names.sort();
        names.dedup();
        names
    }

    #[test]
    fn every_translation_keeps_the_placeables_of_the_swedish_message() {
        // A translation that drops or misspells `{ $file }` would hide which
        // file is wrong, or show the raw placeholder to the seeker.
        let source = Locale::SOURCE.catalog().unwrap();
        for locale in Locale::ALL {
            let catalog = locale.catalog().unwrap();
            for key in source.keys() {
                assert_eq!(
                    placeables(catalog.get(key).unwrap()),
                    placeables(source.get(key).unwrap()),
                    "{}.ftl: {key}",
                    locale.code()
                );
            }
        }
    }

    #[test]
    fn each_language_is_named_in_itself_as_its_file_names_it() {
        for locale in Locale::ALL {
            assert_eq!(locale.name(), t(locale, "locale-name"), "{}", locale.code());
        }
    }

    #[test]
    fn right_to_left_locales_are_the_arabic_script_ones() {
        let rtl: Vec<&str> = Locale::ALL
            .into_iter()
            .filter(|l| l.is_rtl())
            .map(Locale::code)
            .collect();
        assert_eq!(rtl, ["ar", "prs", "fa"]);
    }

    #[test]
    fn install_checks_the_file_and_never_replaces_a_compiled_in_locale() {
        // Natively every locale is compiled in (the fetched path is the
        // browser tests'); a fetched file must not displace one.
        assert!(Locale::ALL.into_iter().all(Locale::is_ready));
        install(Locale::Fi, "locale-name = Ei tämä").unwrap();
        assert_eq!(t(Locale::Fi, "locale-name"), "Suomi");
        assert_eq!(install(Locale::Fi, "rikki").unwrap_err().line, 1);
        assert_eq!(Locale::Ar.path(), "locales/ar.ftl");
    }

    #[test]
    fn missing_key_falls_back_to_swedish_then_to_the_key() {
        let sv = Catalog::parse("a = Hej\nb = Två").unwrap();
        assert_eq!(sv.get("a"), Some("Hej"));
        assert_eq!(t(Locale::En, "no-such-key"), "no-such-key");
    }

    #[test]
    fn placeables_are_filled_and_unknown_ones_kept() {
        let sv = |t: &str, args: &[(&str, &str)]| fill(Locale::Sv, t, args, false);
        assert_eq!(
            sv(
                "{ $n } av { $total } frågor",
                &[("n", "3"), ("total", "20")]
            ),
            "3 av 20 frågor"
        );
        assert_eq!(sv("{ $x } kvar", &[]), "{ $x } kvar");
    }

    #[test]
    fn a_selector_picks_the_exact_value_then_the_plural_category_then_the_default() {
        let message = "{ $n ->\n[0] inga jobb\n[one] ett jobb\n*[other] { $n } jobb\n}";
        let sv = |n: &str| fill(Locale::Sv, message, &[("n", n)], false);
        assert_eq!(
            (sv("0"), sv("1"), sv("7")),
            ("inga jobb".into(), "ett jobb".into(), "7 jobb".into())
        );
        let ar = "{ $n ->\n[one] سؤال واحد\n[few] { $n } أسئلة\n*[other] { $n } سؤالًا\n}";
        let ar = |n: &str| fill(Locale::Ar, ar, &[("n", n)], true);
        assert_eq!(ar("1"), "سؤال واحد");
        // The variant is chosen by the value; the value is written in the
        // reader's digits.
        assert_eq!(ar("5"), "\u{2068}٥\u{2069} أسئلة");
        assert_eq!(ar("23"), "\u{2068}٢٣\u{2069} سؤالًا");
        assert_eq!(expand(message), ["inga jobb", "ett jobb", "{ $n } jobb"]);
    }

    #[test]
    fn counts_read_naturally_at_one_and_more() {
        let n = |l: Locale, key: &str, var: &str, v: &str| t_args(l, key, &[(var, v)]);
        assert!(n(Locale::En, "kiosk-idle-text", "seconds", "1").starts_with("In one second "));
        assert!(n(Locale::En, "kiosk-idle-text", "seconds", "30").starts_with("In 30 seconds "));
        assert!(n(Locale::Sv, "coach-unread-jobs", "count", "1").starts_with("Ett jobb "));
        assert_eq!(n(Locale::Uk, "summary-years", "years", "3"), "3 роки");
        assert_eq!(n(Locale::Uk, "summary-years", "years", "5"), "5 років");
        let ar = n(Locale::Ar, "summary-years", "years", "5").replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(ar, "٥ سنوات");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let cats = |l: Locale, ns: &[u64]| -> Vec<&str> {
            ns.iter()
                .map(|n| plural_category(l, &n.to_string()))
                .collect()
        };
        assert_eq!(
            cats(Locale::Ar, &[0, 1, 2, 3, 10, 11, 99, 100, 103]),
            ["zero", "one", "two", "few", "few", "many", "many", "other", "few"]
        );
        assert_eq!(
            cats(Locale::Uk, &[1, 2, 4, 5, 11, 12, 21, 22, 25]),
            ["one", "few", "few", "many", "many", "many", "one", "few", "many"]
        );
        assert_eq!(cats(Locale::Fa, &[0, 1, 2]), ["one", "one", "other"]);
        assert_eq!(cats(Locale::Sv, &[0, 1, 2]), ["other", "one", "other"]);
        assert_eq!(plural_category(Locale::Sv, "2,5"), "other");
    }

    #[test]
    fn a_selector_without_one_default_is_a_parse_error() {
        let no_default = "a = Hej\nb = { $n ->\n    [one] ett\n    [other] fler\n    }\n";
        let err = Catalog::parse(no_default).unwrap_err();
        assert_eq!(err.line, 2, "{err}");
        let good = "b = { $n ->\n    [one] ett\n   *[other] fler\n    }\n";
        assert!(Catalog::parse(good).is_ok());
    }

    #[test]
    fn values_in_right_to_left_text_are_isolated() {
        let filled = t_args(Locale::Ar, "summary-created", &[("date", "2026-11-23")]);
        assert!(filled.contains("\u{2068}2026-11-23\u{2069}"), "{filled}");
        let filled = t_args(Locale::Sv, "summary-created", &[("date", "2026-11-23")]);
        assert_eq!(filled, "Gjord 2026-11-23");
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
        // Lättläst only by its own tag; Dari also as Afghan Persian.
        assert_eq!(Locale::from_code("sv-x-lattlast"), Some(Locale::SvEasy));
        assert_eq!(Locale::from_code("sv-FI"), Some(Locale::Sv));
        assert_eq!(Locale::from_code("fa-AF"), Some(Locale::Prs));
        assert_eq!(Locale::from_code("fa-IR"), Some(Locale::Fa));
        assert_eq!(Locale::from_code("ar-SY"), Some(Locale::Ar));
    }
}
