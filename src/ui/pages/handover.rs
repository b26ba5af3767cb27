use std::rc::Rc;

use yew::prelude::*;

use crate::core::answers::Answers;
use crate::core::profile::{Part, Profile};
use crate::core::qr::Drawing;
use crate::i18n::{t, t_args, Locale};
use crate::platform::{clock, document, download};
use crate::ui::app::use_app;
use crate::ui::components::choice::Choice;
use crate::ui::components::later::{use_later, Later};
use crate::ui::components::profile_summary::{bi, ProfileSummary};
use crate::ui::components::qr::Qr;
use crate::ui::content::{self, Load, DEMAND_FILES};
use crate::ui::keys;
use crate::ui::state::{Action, Page, TOP};

/// Taking the profile to a coach: choose what to include, then download it
/// (own device only), print it (bilingual), or show it as a QR code. The
/// print-out below is also the preview.
#[component]
pub fn HandoverPage() -> Html {
    let state = use_app();
    let locale = state.locale;
    let parts = use_state(|| Part::ALL.to_vec());
    let show_qr = use_state(|| false);
    let saved_as = use_state(|| None::<Result<String, String>>);
    // Fixed when the page opens, so that the file, the print-out and the
    // code carry the same time.
    let created_at = use_state(clock::now_utc);
    // The tap that opens the page removes the one before it: the title
    // comes with it, the profile and its choices a task later.
    let whole = use_later();

    // The best matches come from the worker's list (the page's part of the
    // file holds them); until it has answered, the page says so.
    let empty = Answers::default();
    let answers = state.session.as_ref().map_or(&empty, |s| &s.answers);
    // A profile a coach opened keeps what she recorded as backing it, in
    // the file and on the print-out made for the seeker.
    let evidence = state
        .opened
        .as_ref()
        .map(|o| o.profile.evidence.clone())
        .unwrap_or_default();
    let profile = match (whole, &state.questionnaire, state.scorer(), state.listed()) {
        (true, Load::Ready(q), Some(scorer), Some(_)) => Some(
            Profile {
                evidence,
                ..Profile::assemble(
                    answers,
                    q,
                    scorer,
                    (*created_at).clone(),
                    locale.content_lang(),
                    TOP,
                )
            }
            .keep_only(&parts),
        ),
        _ => None,
    };
    let source = state.demand_source.as_deref();
    let shareable = source.filter(|s| {
        s.starts_with("https://")
            || s.starts_with("http://")
            || DEMAND_FILES[1..].iter().any(|b| b.path == *s)
    });
    let link_to = format!("{}#p=", document::app_address(shareable));
    // The code numbers skills by their place in the whole file, which the
    // worker holds: it makes the code and draws it (a QR's mask search is
    // a long task on a slow phone), and no code shows that is not this
    // profile's. Held as the link and its drawing.
    let code = use_state(|| None::<(String, Option<Rc<Drawing>>)>);
    {
        let code = code.clone();
        use_effect_with((profile.clone(), link_to), move |(profile, link_to)| {
            code.set(None);
            if let Some(profile) = profile.clone() {
                let link_to = link_to.clone();
                yew::platform::spawn_local(async move {
                    let made = content::encode_profile(profile, link_to.clone()).await;
                    code.set(
                        made.map(|(digits, qr)| (format!("{link_to}{digits}"), qr.map(Rc::new))),
                    );
                });
            }
        });
    }
    if !whole {
        return html! {
            <section class="handover" aria-labelledby="handover-title">
                <h1 id="handover-title">{ t(locale, "handover-title") }</h1>
                <p>{ t(locale, "handover-intro") }</p>
            </section>
        };
    }
    let Some(profile) = profile else {
        return html! { <p role="status">{ t(locale, "results-loading") }</p> };
    };
    let link = (*code).as_ref().map(|(link, _)| link.clone());
    let qr = || match &*code {
        Some((_, Some(drawing))) => html! { <Qr drawing={drawing.clone()} /> },
        Some((_, None)) => {
            html! { <p role="alert" class="problem">{ t(locale, "qr-too-large") }</p> }
        }
        None => html! { <p role="status">{ t(locale, "handover-qr-making") }</p> },
    };
    // The coach reads Swedish; a Swedish-reading seeker needs no second one.
    let langs: Vec<Locale> = if locale.reads_swedish() {
        vec![locale]
    } else {
        vec![locale, Locale::SOURCE]
    };
    let kiosk = state.kiosk.is_some();

    let part_choice = |part: Part| {
        // The part's key is also its check box's id.
        let key = keys::part(part);
        let id = key.to_owned();
        let checked = parts.contains(&part);
        let parts = parts.clone();
        let onchange = Callback::from(move |on: bool| {
            let mut next: Vec<Part> = parts.iter().copied().filter(|p| *p != part).collect();
            if on {
                next.push(part);
                next.sort();
            }
            parts.set(next);
        });
        html! {
            <Choice label={t(locale, key)} {id} {checked} {onchange} />
        }
    };
    let on_download = {
        let saved_as = saved_as.clone();
        let profile = profile.clone();
        Callback::from(move |_: MouseEvent| {
            let date = profile.created_at.get(..10).unwrap_or("profil").to_owned();
            let name = format!("kompetenskoll-profil-{date}.json");
            let text = serde_json::to_string_pretty(&profile).unwrap_or_default();
            saved_as.set(Some(
                download::save_text(&name, "application/json", &text).map(|()| name),
            ));
        })
    };
    let on_print = Callback::from(|_: MouseEvent| document::print());
    let on_qr = {
        let show_qr = show_qr.clone();
        Callback::from(move |_: MouseEvent| show_qr.set(!*show_qr))
    };
    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Navigate(Page::Results)))
    };

    html! {
        <section class="handover" aria-labelledby="handover-title">
            <h1 id="handover-title">{ t(locale, "handover-title") }</h1>
            <p>{ t(locale, "handover-intro") }</p>
            <fieldset class="parts">
                <legend>{ t(locale, "handover-parts") }</legend>
                { for Part::ALL.into_iter().map(part_choice) }
            </fieldset>
            <div class="actions">
                if !kiosk {
                    <button type="button" onclick={on_download}>{ t(locale, "handover-download") }</button>
                }
                <button type="button" onclick={on_print}>{ t(locale, "handover-print") }</button>
                <button type="button" onclick={on_qr} aria-expanded={show_qr.to_string()} aria-controls="qr-panel">
                    { t(locale, "handover-qr") }
                </button>
            </div>
            if kiosk {
                <p class="hint">{ t(locale, "handover-kiosk") }</p>
            }
            if let Some(result) = &*saved_as {
                <p role="status" class={classes!(result.is_err().then_some("problem"))}>{ match result {
                    Ok(name) => t_args(locale, "handover-saved", &[("file", name)]),
                    Err(reason) => t_args(locale, "handover-save-failed", &[("reason", reason)]),
                } }</p>
            }
            <div id="qr-panel" class="qr-panel" hidden={!*show_qr}>
                if *show_qr {
                    { qr() }
                    <p>{ t(locale, "handover-qr-hint") }</p>
                    if let Some(link) = &link {
                        <p><a href={link.clone()} data-testid="profile-link" class="profile-link">{ t(locale, "handover-qr-link") }</a></p>
                    }
                }
            </div>
            <h2 class="preview-title">{ t(locale, "handover-preview") }</h2>
            // The print-out, in two languages, comes in the next task.
            <Later>
                <article class="printout" data-testid="printout" lang={locale.code()}>
                    <div class="print-qr">
                        { qr() }
                        <p>{ bi(&langs, |l| t(l, "printout-qr")) }</p>
                    </div>
                    <h2>{ bi(&langs, |l| t(l, "printout-title")) }</h2>
                    <ProfileSummary profile={Rc::new(profile)} {langs} />
                </article>
            </Later>
            <p><button type="button" class="link" onclick={back}>{ t(locale, "handover-back") }</button></p>
        </section>
    }
}
