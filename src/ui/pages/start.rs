use yew::prelude::*;

use crate::i18n::t;
use crate::ui::app::AppContext;
use crate::ui::components::language_picker::LanguagePicker;
use crate::ui::state::{Action, Page};

/// The first screen: what the tool does, the privacy promise, the language.
#[component]
pub fn StartPage() -> Html {
    let state = use_context::<AppContext>().expect("StartPage is rendered inside App");
    let locale = state.locale;
    html! {
        <section class="start" aria-labelledby="start-title">
            <h1 id="start-title">{ t(locale, "app-title") }</h1>
            <p class="tagline">{ t(locale, "app-tagline") }</p>
            <LanguagePicker />
            <p>{ t(locale, "app-intro") }</p>
            <p class="privacy" data-testid="privacy">{ t(locale, "privacy-promise") }</p>
            <p>
                <button type="button" class="link" onclick={move |_| state.dispatch(Action::Navigate(Page::AboutData))}>
                    { t(locale, "nav-about-data") }
                </button>
            </p>
        </section>
    }
}
