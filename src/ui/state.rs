//! The app's single state, changed only through [`Action`]s.

use std::rc::Rc;
use yew::Reducible;

use crate::i18n::Locale;

/// Where the seeker's language choice is remembered on their own phone.
pub const LOCALE_KEY: &str = "kompetenskoll.locale";

/// The screen shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Start,
    AboutData,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub locale: Locale,
    pub page: Page,
}

pub enum Action {
    SetLocale(Locale),
    Navigate(Page),
}

impl AppState {
    /// A saved choice wins; then the browser's languages; then Swedish.
    pub fn initial(saved: Option<&str>, preferred: &[String]) -> AppState {
        let locale = saved
            .and_then(Locale::from_code)
            .or_else(|| preferred.iter().find_map(|tag| Locale::from_code(tag)))
            .unwrap_or(Locale::SOURCE);
        AppState { locale, page: Page::Start }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLocale(locale) if locale != self.locale => Rc::new(AppState { locale, ..(*self).clone() }),
            Action::Navigate(page) if page != self.page => Rc::new(AppState { page, ..(*self).clone() }),
            Action::SetLocale(_) | Action::Navigate(_) => self,
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

    #[test]
    fn switching_language_keeps_the_page() {
        let state = Rc::new(AppState::initial(None, &[]));
        let state = state.reduce(Action::Navigate(Page::AboutData));
        let state = state.reduce(Action::SetLocale(Locale::En));
        assert_eq!((state.page, state.locale), (Page::AboutData, Locale::En));
    }
}
