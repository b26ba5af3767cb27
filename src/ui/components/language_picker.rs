use yew::prelude::*;

use crate::i18n::{t, Locale};
use crate::platform::storage;
use crate::ui::app::AppContext;
use crate::ui::state::{Action, LOCALE_KEY};

/// A native `<select>`: keyboard, screen readers and phones handle it well.
/// Each language is named in itself, so a seeker finds their own.
#[component]
pub fn LanguagePicker() -> Html {
    let state = use_context::<AppContext>().expect("LanguagePicker is rendered inside App");
    let locale = state.locale;
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            if let Some(chosen) = Locale::from_code(&select.value()) {
                if state.kiosk.is_none() {
                    storage::save(LOCALE_KEY, chosen.code());
                }
                state.dispatch(Action::SetLocale(chosen));
            }
        })
    };
    html! {
        <div class="field language">
            <label for="language">{ t(locale, "language-label") }</label>
            <select id="language" {onchange}>
                { for Locale::ALL.into_iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={l == locale}>
                        { t(l, "locale-name") }
                    </option>
                }) }
            </select>
        </div>
    }
}
