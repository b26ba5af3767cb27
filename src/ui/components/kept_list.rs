//! The matching centre's list kept on this device, encrypted with a
//! passphrase the coach sets (core::centre_store, platform::sealing): keep
//! it, open it again after a reload, save it as a file for another of her
//! devices or bring one in, and delete it. Nothing of it is readable in
//! storage without the passphrase.

use yew::prelude::*;

use crate::core::centre_store::{self, Kept, KeptProfile, StoreTrouble};
use crate::i18n::{t, t_args};
use crate::platform::sealing::{self, OpenError};
use crate::platform::{clock, download, events, files, storage};
use crate::ui::app::{use_app, AppContext};
use crate::ui::state::{Action, CentreProfile, Keeping, StoreProblem, MIN_PASSPHRASE};

/// The one storage key of the centre: the sealed list, nothing else.
pub const KEPT_KEY: &str = "kompetenskoll.centre";

fn problem_of(trouble: StoreTrouble) -> StoreProblem {
    match trouble {
        StoreTrouble::NotAStore => StoreProblem::NotAStore,
        StoreTrouble::Newer => StoreProblem::Newer,
        StoreTrouble::Damaged => StoreProblem::Damaged,
    }
}

fn message_of(problem: StoreProblem) -> &'static str {
    match problem {
        StoreProblem::WrongPassphrase => "centre-keep-wrong",
        StoreProblem::ShortPassphrase => "centre-keep-short",
        StoreProblem::Mismatch => "centre-keep-mismatch",
        StoreProblem::NotAStore => "centre-keep-not-a-store",
        StoreProblem::Newer => "centre-keep-newer",
        StoreProblem::Damaged => "centre-keep-damaged",
        StoreProblem::Unavailable => "centre-keep-unavailable",
    }
}

/// The profiles as they are kept.
fn kept_of(profiles: &[std::rc::Rc<CentreProfile>]) -> Kept {
    Kept {
        profiles: profiles
            .iter()
            .map(|p| KeptProfile {
                file: p.file.clone(),
                label: p.label.clone(),
                added: p.added.clone(),
                profile: p.profile.clone(),
            })
            .collect(),
    }
}

/// Seals the list with the key already held and keeps it, unless the list
/// was deleted meanwhile.
fn seal_again(kept: Kept) {
    yew::platform::spawn_local(async move {
        if let Some(sealed) = sealing::seal_again(&kept).await {
            if sealing::is_open() {
                storage::save(KEPT_KEY, &sealed.to_json());
            }
        }
    });
}

#[component]
pub fn KeptList() -> Html {
    let state = use_app();
    let locale = state.locale;
    let centre = &state.centre;
    let passphrase = use_state(String::new);
    let repeated = use_state(String::new);

    // A list kept here before is found, not opened.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if storage::load(KEPT_KEY).is_some() {
                state.dispatch(Action::CentreFoundKept);
            }
        });
    }
    // Every change to an open list is sealed again and kept.
    {
        let open = centre.keeping == Keeping::Open;
        let profiles = centre.profiles.clone();
        use_effect_with(
            (centre.generation, centre.annotated, open),
            move |&(_, _, open)| {
                if open {
                    seal_again(kept_of(&profiles));
                }
            },
        );
    }

    let problem = centre.store_problem.map(|p| {
        let min = MIN_PASSPHRASE.to_string();
        let said = t_args(locale, message_of(p), &[("count", &min)]);
        html! { <p role="alert" class="problem" data-testid="centre-keep-problem">{ said }</p> }
    });
    let busy = centre.sealing.then(
        || html! { <p role="status" aria-busy="true">{ t(locale, "centre-keep-working") }</p> },
    );

    // What the coach does here, then how it went, then the other way out.
    let (body, aside) = match centre.keeping {
        Keeping::Memory => {
            let keep = {
                let (state, passphrase, repeated) =
                    (state.clone(), passphrase.clone(), repeated.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    keep(&state, &passphrase, &repeated);
                })
            };
            let hint = t_args(
                locale,
                "centre-keep-passphrase-hint",
                &[("count", &MIN_PASSPHRASE.to_string())],
            );
            let form = if centre.profiles.is_empty() {
                html! {}
            } else {
                html! {
                    <form class="keep" onsubmit={keep}>
                        <p>{ t(locale, "centre-keep-intro") }</p>
                        { secret("centre-passphrase", t(locale, "centre-keep-passphrase"), "new-password", &passphrase, Some(hint)) }
                        { secret("centre-passphrase-again", t(locale, "centre-keep-again"), "new-password", &repeated, None) }
                        <button type="submit" disabled={centre.sealing}>{ t(locale, "centre-keep-button") }</button>
                    </form>
                }
            };
            (form, html! { <BringIn /> })
        }
        Keeping::Locked => {
            let open = {
                let (state, passphrase) = (state.clone(), passphrase.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    unlock(&state, &passphrase);
                })
            };
            let form = html! {
                    <form class="keep" onsubmit={open}>
                        <p>{ t(locale, "centre-keep-locked") }</p>
                        { secret("centre-passphrase", t(locale, "centre-keep-passphrase"), "current-password", &passphrase, None) }
                        <button type="submit" disabled={centre.sealing}>{ t(locale, "centre-keep-open") }</button>
                    </form>
            };
            (form, html! { <DeleteKept /> })
        }
        Keeping::Open => {
            let export = Callback::from(move |_| {
                if let Some(text) = storage::load(KEPT_KEY) {
                    let name = format!("kompetenskoll-centre-{}.json", clock::today());
                    let _ = download::save_text(&name, "application/json", &text);
                }
            });
            let kept = html! {
                <>
                    <p role="status" data-testid="centre-kept">{ t(locale, "centre-keep-kept") }</p>
                    <button type="button" onclick={export}>{ t(locale, "centre-keep-export") }</button>
                </>
            };
            (kept, html! { <DeleteKept /> })
        }
    };
    html! {
        <div class="kept-list">
            { body }
            { for busy }
            { for problem }
            { aside }
        </div>
    }
}

/// A passphrase field that keeps what is typed in `field`, with a hint
/// under it where there is one.
fn secret(
    id: &'static str,
    label: String,
    autocomplete: &'static str,
    field: &UseStateHandle<String>,
    hint: Option<String>,
) -> Html {
    let oninput = {
        let field = field.clone();
        Callback::from(move |e: InputEvent| field.set(events::value(&e).unwrap_or_default()))
    };
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input {id} type="password" {autocomplete} aria-describedby={hint_id.clone()}
                value={(**field).clone()} {oninput} />
            if let (Some(hint), Some(hint_id)) = (hint, hint_id) {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}

/// Seals the list with a new passphrase (typed twice) and keeps it.
fn keep(
    state: &AppContext,
    passphrase: &UseStateHandle<String>,
    repeated: &UseStateHandle<String>,
) {
    if passphrase.chars().count() < MIN_PASSPHRASE {
        state.dispatch(Action::CentreStoreProblem(StoreProblem::ShortPassphrase));
        return;
    }
    if **passphrase != **repeated {
        state.dispatch(Action::CentreStoreProblem(StoreProblem::Mismatch));
        return;
    }
    state.dispatch(Action::CentreSealing);
    let kept = kept_of(&state.centre.profiles);
    let (state, secret) = (state.clone(), (**passphrase).clone());
    passphrase.set(String::new());
    repeated.set(String::new());
    yew::platform::spawn_local(async move {
        match sealing::seal_new(&secret, &kept).await {
            Some(sealed) => {
                storage::save(KEPT_KEY, &sealed.to_json());
                state.dispatch(Action::CentreKept);
            }
            None => state.dispatch(Action::CentreStoreProblem(StoreProblem::Unavailable)),
        }
    });
}

/// Opens the list kept here with the passphrase typed.
fn unlock(state: &AppContext, passphrase: &UseStateHandle<String>) {
    let Some(text) = storage::load(KEPT_KEY) else {
        state.dispatch(Action::CentreForgotten);
        return;
    };
    let sealed = match centre_store::read_sealed(&text) {
        Ok(sealed) => sealed,
        Err(trouble) => {
            state.dispatch(Action::CentreStoreProblem(problem_of(trouble)));
            return;
        }
    };
    state.dispatch(Action::CentreSealing);
    let (state, secret) = (state.clone(), (**passphrase).clone());
    passphrase.set(String::new());
    yew::platform::spawn_local(async move {
        match sealing::open(&secret, &sealed).await {
            Ok(kept) => state.dispatch(Action::CentreUnlocked(
                kept.profiles
                    .into_iter()
                    .map(|p| CentreProfile {
                        file: p.file,
                        label: p.label,
                        added: p.added,
                        profile: p.profile,
                    })
                    .collect(),
            )),
            Err(OpenError::WrongPassphrase) => {
                state.dispatch(Action::CentreStoreProblem(StoreProblem::WrongPassphrase))
            }
            Err(OpenError::Trouble(trouble)) => {
                state.dispatch(Action::CentreStoreProblem(problem_of(trouble)))
            }
            Err(OpenError::Unavailable) => {
                state.dispatch(Action::CentreStoreProblem(StoreProblem::Unavailable))
            }
        }
    });
}

/// Deletes the kept list from this device, and the list in memory.
#[component]
fn DeleteKept() -> Html {
    let state = use_app();
    let locale = state.locale;
    let onclick = {
        let state = state.clone();
        Callback::from(move |_| {
            sealing::forget();
            storage::remove(KEPT_KEY);
            state.dispatch(Action::CentreForgotten);
        })
    };
    html! {
        <button type="button" class="danger" {onclick}>{ t(locale, "centre-keep-delete") }</button>
    }
}

/// A kept list saved as a file on another device, brought in here (only
/// where none is kept yet, so nothing is overwritten).
#[component]
fn BringIn() -> Html {
    let state = use_app();
    let locale = state.locale;
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_picked(&e) else {
                return;
            };
            let state = state.clone();
            yew::platform::spawn_local(async move {
                let text = files::read_text(&file, centre_store::MAX_SEALED_BYTES).await;
                match text.map(|text| (centre_store::read_sealed(&text), text)) {
                    Ok((Ok(_), text)) => {
                        storage::save(KEPT_KEY, &text);
                        state.dispatch(Action::CentreFoundKept);
                    }
                    Ok((Err(trouble), _)) => {
                        state.dispatch(Action::CentreStoreProblem(problem_of(trouble)))
                    }
                    Err(_) => state.dispatch(Action::CentreStoreProblem(StoreProblem::NotAStore)),
                }
            });
        })
    };
    html! {
        <div class="field">
            <label for="centre-bring-in">{ t(locale, "centre-keep-bring-in") }</label>
            <input id="centre-bring-in" type="file" accept=".json,application/json" {onchange} />
        </div>
    }
}
