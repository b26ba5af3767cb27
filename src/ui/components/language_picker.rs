use yew::prelude::*;

use crate::i18n::{t, t_args, Locale};
use crate::platform::events;
use crate::ui::app::use_app;
use crate::ui::content;
use crate::ui::persist;
use crate::ui::state::Action;

/// A native `<select>`: keyboard, screen readers and phones handle it well.
/// Each language is named in itself, so a seeker finds their own. It is on
/// every screen; switching keeps every answer (they are not in any one
/// language). A language not compiled in is fetched first, and the page
/// switches only once it is here.
#[component]
pub fn LanguagePicker() -> Html {
    let state = use_app();
    let locale = state.locale;
    let failed = use_state(|| None::<(Locale, String)>);
    let onchange = {
        let state = state.clone();
        let failed = failed.clone();
        Callback::from(move |e: Event| {
            let Some(chosen) = events::value(&e).and_then(|code| Locale::from_code(&code)) else {
                return;
            };
            let select = events::select(&e);
            let state = state.clone();
            let failed = failed.clone();
            yew::platform::spawn_local(async move {
                match content::load_locale(chosen).await {
                    Ok(()) => {
                        failed.set(None);
                        persist::keep_locale(chosen, state.kiosk.is_some());
                        state.dispatch(Action::SetLocale(chosen));
                    }
                    Err(reason) => {
                        // The menu goes back to the language still shown.
                        select.set_value(locale.code());
                        failed.set(Some((chosen, reason)));
                    }
                }
            });
        })
    };
    html! {
        <div class="field language">
            <label for="language">{ t(locale, "language-label") }</label>
            <select id="language" {onchange}>
                { for Locale::ALL.into_iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} dir={if l.is_rtl() { "rtl" } else { "ltr" }} selected={l == locale}>
                        { l.name() }
                    </option>
                }) }
            </select>
            if let Some((chosen, reason)) = &*failed {
                <p role="alert" class="problem">
                    { t_args(locale, "language-load-failed", &[("language", chosen.name()), ("reason", reason)]) }
                </p>
            }
        </div>
    }
}
