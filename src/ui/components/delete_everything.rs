use yew::prelude::*;

use crate::i18n::t;
use crate::platform::storage;
use crate::ui::app::use_app;
use crate::ui::state::{Action, LOCALE_KEY, SESSION_KEY};

/// One visible action that removes everything of the seeker's from this
/// device, asks once to be sure, and then says what it removed.
#[component]
pub fn DeleteEverything() -> Html {
    let state = use_app();
    let locale = state.locale;
    let confirming = use_state(|| false);

    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let delete = {
        let state = state.clone();
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            let mut removed = Vec::new();
            if storage::load(SESSION_KEY).is_some() {
                removed.push("deleted-answers");
            }
            if storage::load(LOCALE_KEY).is_some() {
                removed.push("deleted-language");
            }
            storage::clear_all();
            confirming.set(false);
            state.dispatch(Action::DeletedEverything(removed));
        })
    };

    html! {
        <section class="delete-everything" aria-labelledby="delete-title">
            <h2 id="delete-title">{ t(locale, "delete-title") }</h2>
            <p class="hint">{ t(locale, "delete-hint") }</p>
            if *confirming {
                <div role="alertdialog" aria-labelledby="delete-confirm" class="confirm">
                    <p id="delete-confirm">{ t(locale, "delete-confirm") }</p>
                    <div class="actions">
                        <button type="button" class="danger" onclick={delete}>{ t(locale, "delete-yes") }</button>
                        <button type="button" onclick={cancel}>{ t(locale, "delete-cancel") }</button>
                    </div>
                </div>
            } else {
                <button type="button" onclick={ask}>{ t(locale, "delete-button") }</button>
            }
            if let Some(removed) = &state.deleted {
                <div role="status" data-testid="deleted">
                    <p>{ t(locale, "deleted-title") }</p>
                    <ul>
                        { for removed.iter().map(|key| html! { <li>{ t(locale, key) }</li> }) }
                        if removed.is_empty() {
                            <li>{ t(locale, "deleted-nothing") }</li>
                        }
                    </ul>
                    <p class="hint">{ t(locale, "deleted-not-files") }</p>
                </div>
            }
        </section>
    }
}
