//! The app's single state, changed only through [`Action`]s.

use std::rc::Rc;
use yew::Reducible;

use crate::i18n::Locale;

/// Where the seeker's language choice is remembered on their own phone.
pub const LOCALE_KEY: &str = "kompetenskoll.locale";

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub locale: Locale,
}

pub enum Action {
    SetLocale(Locale),
}

impl AppState {
    /// A saved choice wins; then the browser's languages; then Swedish.
    pub fn initial(saved: Option<&str>, preferred: &[String]) -> AppState {
        let locale = saved
            .and_then(Locale::from_code)
            .or_else(|| preferred.iter().find_map(|tag| Locale::from_code(tag)))
            .unwrap_or(Locale::SOURCE);
        AppState { locale }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLocale(locale) if locale != self.locale => {
                Rc::new(AppState { locale })
            }
            Action::SetLocale(_) => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_choice_beats_browser_language_which_beats_swedish() {
        let en = vec!["en-US".to_string()];
        assert_eq!(AppState::initial(Some("sv"), &en).locale, Locale::Sv);
        assert_eq!(AppState::initial(None, &en).locale, Locale::En);
        assert_eq!(AppState::initial(Some("zz"), &[]).locale, Locale::Sv);
        let unknown_first = vec!["de".to_string(), "en".to_string()];
        assert_eq!(AppState::initial(None, &unknown_first).locale, Locale::En);
    }
}
