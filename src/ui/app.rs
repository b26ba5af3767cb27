use yew::prelude::*;

use crate::i18n::t;
use crate::platform::{document, storage};
use crate::ui::pages::about_data::AboutDataPage;
use crate::ui::pages::start::StartPage;
use crate::ui::state::{AppState, Page, LOCALE_KEY};

pub type AppContext = UseReducerHandle<AppState>;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let saved = storage::load(LOCALE_KEY);
        AppState::initial(saved.as_deref(), &document::preferred_languages())
    });

    let locale = state.locale;
    use_effect_with(locale, |locale| {
        document::set_language(locale.code(), locale.is_rtl());
    });

    // After a page change (not on first load), move focus to the new
    // page's heading so that keyboard and screen-reader users start there.
    let first_render = use_mut_ref(|| true);
    use_effect_with(state.page, move |_| {
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            document::focus_heading("main");
        }
    });

    let page = match state.page {
        Page::Start => html! { <StartPage /> },
        Page::AboutData => html! { <AboutDataPage /> },
    };

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <a class="skip-link" href="#main">{ t(locale, "skip-to-content") }</a>
            <main id="main" tabindex="-1" data-app="kompetenskoll">
                { page }
            </main>
            <footer class="attribution">
                <p>{ t(locale, "footer-attribution") }</p>
            </footer>
        </ContextProvider<AppContext>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[tokio::test]
    async fn renders_the_start_page_in_swedish_by_default() {
        let html = yew::LocalServerRenderer::<App>::new().render().await;
        assert!(html.contains(&t(Locale::Sv, "app-tagline")), "{html}");
        assert!(html.contains(&t(Locale::Sv, "privacy-promise")), "{html}");
        assert!(html.contains("id=\"main\""));
    }
}
