use yew::prelude::*;

use crate::i18n::{t, t_args, Locale};
use crate::platform::document;
use crate::ui::app::use_app;
use crate::ui::content;
use crate::ui::persist;
use crate::ui::state::Action;

/// The button that shows and hides the languages; focus comes back to it.
const TOGGLE: &str = "language-toggle";
const LIST: &str = "language-list";

/// A disclosure (a button with `aria-expanded`) over a list of buttons,
/// each language named in itself, so a seeker finds their own. Not a
/// `<select>`: Chromium's first layout of one with ten scripts is a task of
/// about 100 ms at 4x CPU on the start screen (scripts/bench's static copy),
/// a list of buttons none. It is on every screen; switching keeps every
/// answer (they are not in any one language). A language not compiled in is
/// fetched first, and the page switches only once it is here.
#[component]
pub fn LanguagePicker() -> Html {
    let state = use_app();
    let locale = state.locale;
    let open = use_state(|| false);
    let failed = use_state(|| None::<(Locale, String)>);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let choose = |chosen: Locale| {
        let state = state.clone();
        let open = open.clone();
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            // The chosen button goes with the list: focus goes back to the
            // one that opened it, before anything else may move it.
            document::focus(TOGGLE);
            if chosen == state.locale {
                return;
            }
            let state = state.clone();
            let failed = failed.clone();
            yew::platform::spawn_local(async move {
                match content::load_locale(chosen).await {
                    Ok(()) => {
                        failed.set(None);
                        persist::keep_locale(chosen, state.kiosk.is_some());
                        state.dispatch(Action::SetLocale(chosen));
                    }
                    Err(reason) => failed.set(Some((chosen, reason))),
                }
            });
        })
    };
    let dir = |l: Locale| if l.is_rtl() { "rtl" } else { "ltr" };
    html! {
        <div class="language-picker">
            <button type="button" id={TOGGLE} class="language-toggle" aria-expanded={(*open).to_string()}
                aria-controls={LIST} onclick={toggle}>
                <svg class="globe" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                    <circle cx="12" cy="12" r="9" />
                    <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" />
                </svg>
                <span class="language-label">{ t(locale, "language-label") }</span>
                <span class="language-current" lang={locale.code()} dir={dir(locale)}>{ locale.name() }</span>
            </button>
            // Hidden rather than left out, so that `aria-controls` names an
            // element; a hidden list is not laid out either.
            <ul id={LIST} class="language-list" hidden={!*open}>
                    { for Locale::ALL.into_iter().map(|l| html! {
                        <li>
                            <button type="button" lang={l.code()} dir={dir(l)}
                                aria-current={(l == locale).then_some("true")} onclick={choose(l)}>
                                { l.name() }
                            </button>
                        </li>
                }) }
            </ul>
            if let Some((chosen, reason)) = &*failed {
                <p role="alert" class="problem">
                    { t_args(locale, "language-load-failed", &[("language", chosen.name()), ("reason", reason)]) }
                </p>
            }
        </div>
    }
}
