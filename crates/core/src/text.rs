//! Text in several languages, as every label in the formats carries.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The language every text must have: the formats are published in Sweden.
pub const SOURCE_LANGUAGE: &str = "sv";

/// A label keyed by language code (`{"sv": "Svetsare", "en": "Welder"}`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

/// A text as shown: in the asked language, or in Swedish with `fallback` set
/// so that the UI can mark it as not translated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: &'a str,
    pub fallback: bool,
}

impl Text {
    pub fn sv(text: &str) -> Text {
        Text(BTreeMap::from([(
            SOURCE_LANGUAGE.to_owned(),
            text.to_owned(),
        )]))
    }

    pub fn with(mut self, lang: &str, text: &str) -> Text {
        self.0.insert(lang.to_owned(), text.to_owned());
        self
    }

    pub fn get(&self, lang: &str) -> Shown<'_> {
        if let Some((l, t)) = self.0.get_key_value(lang) {
            return Shown {
                text: t,
                lang: l,
                fallback: false,
            };
        }
        let (l, t) = self
            .0
            .get_key_value(SOURCE_LANGUAGE)
            .or_else(|| self.0.iter().next())
            .map(|(l, t)| (l.as_str(), t.as_str()))
            .unwrap_or(("", ""));
        Shown {
            text: t,
            lang: l,
            fallback: true,
        }
    }

    pub fn is_blank(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }
}

/// Text folded for forgiving search: lower case, and å, ä, ö, é and the like
/// reduced to their base letter, so "underskoterska" finds "Undersköterska".
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded);
    folded
}

/// [`fold`], appended to `folded`: a search folds thousands of titles a
/// keystroke, into one buffer.
pub fn fold_into(text: &str, folded: &mut String) {
    folded.extend(text.chars().flat_map(char::to_lowercase).map(|c| match c {
        'å' | 'ä' | 'á' | 'à' | 'â' | 'ã' => 'a',
        'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ü' | 'ú' | 'ù' | 'û' => 'u',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_swedish_letters() {
        assert_eq!(fold("Undersköterska ÅÄÖ"), "underskoterska aao");
        assert_eq!(fold("Café"), "cafe");
    }

    #[test]
    fn falls_back_to_swedish_and_says_so() {
        let t = Text::sv("Svetsare").with("en", "Welder");
        assert_eq!(t.get("en").text, "Welder");
        assert!(!t.get("en").fallback);
        let shown = t.get("ar");
        assert_eq!(
            (shown.text, shown.lang, shown.fallback),
            ("Svetsare", "sv", true)
        );
        assert_eq!(Text::default().get("sv").text, "");
    }
}
