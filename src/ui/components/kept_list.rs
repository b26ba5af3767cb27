//! The matching centre's list kept on this device, encrypted with a
//! passphrase the coach sets (core::centre_store, platform::sealing): keep
//! it, open it again after a reload, save it as a file for another of her
//! devices or bring one in, and delete it. Nothing of it is readable in
//! storage without the passphrase.

use yew::prelude::*;

use std::cell::Cell;
use std::rc::Rc;

use crate::core::centre_store::{self, Kept, StoreTrouble};
use crate::i18n::{t, t_args};
use crate::platform::sealing::{self, OpenError};
use crate::platform::{clock, download, events, files, kept_store};
use crate::ui::app::{use_app, AppContext};
use crate::ui::state::{Action, CentreProfile, Keeping, StoreProblem, MIN_PASSPHRASE};

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
        StoreProblem::NoRoom => "centre-keep-no-room",
    }
}

/// The list's plaintext (core::centre_store, version 2): a profile a line,
/// written a slice at a time, so a long list never holds up the page.
async fn plaintext(profiles: &[Rc<CentreProfile>]) -> Vec<u8> {
    let mut text = String::new();
    let mut slices = clock::Slices::new();
    for p in profiles {
        text.push_str(&centre_store::line(&p.file, &p.label, &p.added, &p.profile));
        text.push('\n');
        slices.pause_if_due().await;
    }
    text.into_bytes()
}

/// The profiles of an opened list, read a slice at a time from the pieces
/// the browser inflated (a version 1 list, from the first versions'
/// localStorage, is small and one document: read at once).
async fn profiles_of(
    pieces: Vec<Vec<u8>>,
    lines: bool,
) -> Result<Vec<CentreProfile>, StoreTrouble> {
    let kept = if lines {
        let mut lines = centre_store::Lines::default();
        let mut kept = Vec::new();
        let mut slices = clock::Slices::new();
        for piece in pieces {
            kept.extend(lines.read(&piece)?);
            slices.pause_if_due().await;
        }
        kept.extend(lines.finish()?);
        kept
    } else {
        Kept::from_bytes(&pieces.concat())?.profiles
    };
    Ok(kept
        .into_iter()
        .map(|p| CentreProfile {
            file: p.file,
            label: p.label,
            added: p.added,
            profile: p.profile,
        })
        .collect())
}

thread_local! {
    /// How many sealings have begun: only the latest is kept, so a slow
    /// one never overwrites the change after it.
    static SEALINGS: Cell<u32> = const { Cell::new(0) };
}

fn begin_sealing() -> u32 {
    SEALINGS.with(|s| {
        s.set(s.get().wrapping_add(1));
        s.get()
    })
}

fn is_latest(sealing: u32) -> bool {
    SEALINGS.with(|s| s.get() == sealing)
}

/// Keeps `sealed` unless the list was deleted meanwhile; says so if the
/// browser has no room for it (the list kept before stays).
async fn store(state: &AppContext, sealed: &centre_store::Sealed) -> bool {
    if !sealing::is_open() {
        return false;
    }
    if !kept_store::save(sealed.to_json()).await {
        state.dispatch(Action::CentreStoreProblem(StoreProblem::NoRoom));
        return false;
    }
    // Deleted while it was being written: deleted it stays.
    if !sealing::is_open() {
        kept_store::remove().await;
        return false;
    }
    true
}

/// Seals the list with the key already held and keeps it, unless a later
/// change or a deletion came first.
fn seal_again(state: &AppContext, profiles: Vec<Rc<CentreProfile>>) {
    let run = begin_sealing();
    let state = state.clone();
    yew::platform::spawn_local(async move {
        let plain = plaintext(&profiles).await;
        if !is_latest(run) {
            return;
        }
        if let Some(sealed) = sealing::seal_again(&plain).await {
            if is_latest(run) {
                store(&state, &sealed).await;
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
            yew::platform::spawn_local(async move {
                if kept_store::found().await {
                    state.dispatch(Action::CentreFoundKept);
                }
            });
        });
    }
    // Every change to an open list is sealed again and kept.
    {
        let now = (centre.generation, centre.annotated);
        let changed = centre.keeping == Keeping::Open && centre.kept_as != Some(now);
        let profiles = centre.profiles.clone();
        let state = state.clone();
        use_effect_with((now, changed), move |&(_, changed)| {
            if changed {
                seal_again(&state, profiles.0);
            }
        });
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
                if let Some(text) = kept_store::current() {
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
    let profiles = state.centre.profiles.clone();
    let (generation, annotated) = (state.centre.generation, state.centre.annotated);
    let (state, secret) = (state.clone(), (**passphrase).clone());
    passphrase.set(String::new());
    repeated.set(String::new());
    let run = begin_sealing();
    yew::platform::spawn_local(async move {
        let plain = plaintext(&profiles).await;
        match sealing::seal_new(&secret, &plain).await {
            Some(sealed) if is_latest(run) => {
                if store(&state, &sealed).await {
                    state.dispatch(Action::CentreKept {
                        generation,
                        annotated,
                    });
                } else {
                    // Not kept: nothing stays open to seal the next change.
                    sealing::forget();
                }
            }
            Some(_) => {}
            None => state.dispatch(Action::CentreStoreProblem(StoreProblem::Unavailable)),
        }
    });
}

/// Opens the list kept here with the passphrase typed.
fn unlock(state: &AppContext, passphrase: &UseStateHandle<String>) {
    let (state, secret) = (state.clone(), (**passphrase).clone());
    passphrase.set(String::new());
    yew::platform::spawn_local(async move {
        // Read now, not when the centre opened (it only looked for it);
        // read and copied into the module, the text is a task's work.
        let text = match kept_store::current() {
            Some(text) => Some(text),
            None => kept_store::load().await,
        };
        let Some(text) = text else {
            state.dispatch(Action::CentreForgotten);
            return;
        };
        clock::next_task().await;
        let sealed = match centre_store::read_sealed(&text) {
            Ok(sealed) => sealed,
            Err(trouble) => {
                state.dispatch(Action::CentreStoreProblem(problem_of(trouble)));
                return;
            }
        };
        state.dispatch(Action::CentreSealing);
        // Each of these is a task's work for a long list: reading the
        // sealed text, then opening it, then taking its profiles in.
        clock::next_task().await;
        let current = sealed.holds_lines();
        let opened = match sealing::open(&secret, &sealed).await {
            Ok(plain) => profiles_of(plain, current)
                .await
                .map_err(OpenError::Trouble),
            Err(error) => Err(error),
        };
        clock::next_task().await;
        match opened {
            Ok(profiles) => state.dispatch(Action::CentreUnlocked { profiles, current }),
            Err(OpenError::WrongPassphrase) => {
                state.dispatch(Action::CentreStoreProblem(StoreProblem::WrongPassphrase))
            }
            Err(OpenError::Trouble(trouble)) => {
                sealing::forget();
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
            // A sealing under way is no longer the latest: it keeps nothing.
            begin_sealing();
            yew::platform::spawn_local(kept_store::remove());
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
                        if kept_store::save(text).await {
                            state.dispatch(Action::CentreFoundKept);
                        } else {
                            state.dispatch(Action::CentreStoreProblem(StoreProblem::NoRoom));
                        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn profiles() -> Vec<Rc<CentreProfile>> {
        let text = include_str!("../../../tests/fixtures/profile-example.json");
        let profile = crate::core::json::parse_profile(text).unwrap();
        ["seeker-01.json", "Åsa Öberg – 2.json", "seeker-03.json"]
            .iter()
            .enumerate()
            .map(|(i, file)| {
                let mut profile = profile.clone();
                profile.created_at = format!("2026-11-0{}T10:00:00Z", i + 1);
                Rc::new(CentreProfile {
                    file: file.to_string(),
                    label: if i == 1 {
                        "kvällar\nB 7".to_owned()
                    } else {
                        String::new()
                    },
                    added: "2026-12-07".to_owned(),
                    profile,
                })
            })
            .collect()
    }

    #[tokio::test]
    async fn a_kept_list_reads_back_however_the_browser_cuts_its_pieces() {
        let kept = profiles();
        let plain = plaintext(&kept).await;
        let expected: Vec<CentreProfile> = kept.iter().map(|p| (**p).clone()).collect();
        // Cut anywhere: inside a line, inside "Å", at a line's end.
        for size in [1, 7, 100, 1000, plain.len()] {
            let pieces: Vec<Vec<u8>> = plain.chunks(size).map(<[u8]>::to_vec).collect();
            assert_eq!(
                profiles_of(pieces, true).await,
                Ok(expected.clone()),
                "pieces of {size}"
            );
        }
        let mut damaged = plain.clone();
        damaged.truncate(plain.len() / 2);
        assert_eq!(
            profiles_of(vec![damaged], true).await,
            Err(StoreTrouble::Damaged)
        );
    }
}
