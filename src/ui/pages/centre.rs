use std::rc::Rc;

use yew::prelude::*;

use crate::core::centre_store;
use crate::core::demand::Training;
use crate::core::shortlist::{self, Candidate, Nearness};
use crate::i18n::{t, t_args};
use crate::platform::{clock, events, files};
use crate::ui::app::use_app;
use crate::ui::components::kept_list::KeptList;
use crate::ui::components::refusal::RefusalText;
use crate::ui::content;
use crate::ui::local;
use crate::ui::state::{Action, PickedProfile, OLD_AFTER_MONTHS};

/// The weeks of training the "within" filter offers.
const WITHIN_WEEKS: [u32; 3] = [8, 26, 52];

/// The matching centre: a coach opens many seekers' own profiles (they
/// stay in this tab's memory), chooses a need from the demand file in use,
/// and sees who fits, the readiest first, with what each lacks and the
/// training that closes it. Not offered at a kiosk.
#[component]
pub fn CentrePage() -> Html {
    let state = use_app();
    let locale = state.locale;
    let centre = &state.centre;

    html! {
        <section class="centre" aria-labelledby="centre-title">
            <h1 id="centre-title">{ t(locale, "centre-title") }</h1>
            <p>{ t(locale, "centre-intro") }</p>
            <h2>{ t(locale, "centre-profiles") }</h2>
            <ProfilesIn />
            if !centre.profiles.is_empty() {
                <ProfileList />
            }
            <h2>{ t(locale, "centre-keep-title") }</h2>
            <KeptList />
            <h2>{ t(locale, "centre-need") }</h2>
            <NeedPicker />
            <h2>{ t(locale, "centre-fits") }</h2>
            <WhoFits />
        </section>
    }
}

/// The months a coach can choose to flag profiles after.
const OLD_AFTER_CHOICES: [u32; 4] = [3, 6, 12, 24];

/// The profiles open, folded under their count: each with when it was
/// made, flagged once older than the months the coach set, and a button
/// to remove it; and one to remove them all.
#[component]
fn ProfileList() -> Html {
    let state = use_app();
    let locale = state.locale;
    let centre = &state.centre;
    let today = clock::today();
    let months = centre.old_after.unwrap_or(OLD_AFTER_MONTHS);
    let on_months = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(months) = events::value(&e).and_then(|v| v.parse().ok()) {
                state.dispatch(Action::CentreOldAfter(months));
            }
        })
    };
    let months_text = months.to_string();
    html! {
        <details class="centre-profiles">
            <summary data-testid="centre-count">{ t_args(locale, "centre-count", &[("count", &centre.profiles.len().to_string())]) }</summary>
            <div class="field">
                <label for="centre-old-after">{ t(locale, "centre-old-label") }</label>
                <select id="centre-old-after" onchange={on_months}>
                    { for OLD_AFTER_CHOICES.iter().map(|&m| html! {
                        <option value={m.to_string()} selected={m == months}>{ t_args(locale, "centre-months", &[("months", &m.to_string())]) }</option>
                    }) }
                </select>
            </div>
            <ul>
                { for centre.profiles.iter().enumerate().map(|(at, p)| {
                    let state = state.clone();
                    let made = &p.profile.created_at;
                    let old = centre_store::older_than(made, months, &today);
                    html! {
                        <li class={classes!(old.then_some("old"))}>
                            <span>{ &p.file }</span>
                            <span class="hint">{ t_args(locale, "centre-made", &[("date", made.get(..10).unwrap_or(made))]) }</span>
                            if old {
                                <strong class="flag">{ t_args(locale, "centre-old", &[("months", &months_text)]) }</strong>
                            }
                            <button type="button" class="link" onclick={move |_| state.dispatch(Action::CentreRemove(at))}>
                                { t_args(locale, "centre-remove", &[("file", &p.file)]) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" onclick={{ let state = state.clone(); move |_| state.dispatch(Action::CentreClear) }}>
                { t(locale, "centre-remove-all") }
            </button>
        </details>
    }
}

/// Profile files in: many picked at once or dropped; each that cannot be
/// opened is named with why, and the rest open.
#[component]
fn ProfilesIn() -> Html {
    let state = use_app();
    let locale = state.locale;
    let open = {
        let state = state.clone();
        move |picked: Vec<files::Picked>| {
            let state = state.clone();
            yew::platform::spawn_local(async move {
                let (mut read, mut unreadable) = (Vec::new(), Vec::new());
                for file in picked {
                    let name = file.name();
                    match content::read_picked(&file, crate::core::json::Kind::Profile).await {
                        Ok(text) => read.push(PickedProfile { file: name, text }),
                        Err(refusal) => unreadable.push((name, refusal)),
                    }
                }
                state.dispatch(Action::CentreOpened {
                    read,
                    unreadable,
                    today: clock::today(),
                });
            });
        }
    };
    let on_pick = {
        let open = open.clone();
        Callback::from(move |e: Event| open(files::take_all_picked(&e)))
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        open(files::dropped_all(&e));
    });
    let centre = &state.centre;
    html! {
        <div class="field open-profile" ondragover={on_drag_over} ondrop={on_drop} data-testid="centre-drop">
            <label for="centre-files">{ t(locale, "centre-pick") }</label>
            <input id="centre-files" type="file" multiple=true accept=".json,application/json" onchange={on_pick} aria-describedby="centre-pick-hint" />
            <p class="hint" id="centre-pick-hint">{ t(locale, "centre-pick-hint") }</p>
            if !centre.refused.is_empty() {
                <div role="alert" class="problem" data-testid="centre-refused">
                    <p>{ t_args(locale, "centre-refused", &[("count", &centre.refused.len().to_string())]) }</p>
                    <ul>
                        { for centre.refused.iter().map(|(file, refusal)| html! {
                            <li><RefusalText refusal={refusal.clone()} file={file.clone()} {locale} /></li>
                        }) }
                    </ul>
                </div>
            }
            { for centre.duplicates.iter().map(|file| html! {
                <p role="status">{ t_args(locale, "centre-duplicate", &[("file", file)]) }</p>
            }) }
        </div>
    }
}

/// The need: an occupation of the demand file in use.
#[component]
fn NeedPicker() -> Html {
    let state = use_app();
    let locale = state.locale;
    let Some(occupations) = &state.centre.occupations else {
        return html! { <p role="status">{ t(locale, "centre-waiting") }</p> };
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(id) = events::value(&e).filter(|id| !id.is_empty()) {
                state.dispatch(Action::CentreNeed(id));
            }
        })
    };
    let need = state.centre.need.as_deref();
    html! {
        <div class="field">
            <label for="centre-need">{ t(locale, "centre-need-label") }</label>
            <select id="centre-need" {onchange}>
                <option value="" selected={need.is_none()}>{ t(locale, "centre-need-choose") }</option>
                { for occupations.iter().map(|o| html! {
                    <option value={o.id.clone()} selected={need == Some(o.id.as_str())}>
                        { local::shown(locale, &o.label).text }
                    </option>
                }) }
            </select>
        </div>
    }
}

/// Who fits the need, the readiest first, with the filter.
#[component]
fn WhoFits() -> Html {
    let state = use_app();
    let locale = state.locale;
    let centre = &state.centre;
    if centre.profiles.is_empty() || centre.need.is_none() {
        return html! { <p>{ t(locale, "centre-no-profiles") }</p> };
    }
    let current = centre
        .shortlist
        .as_ref()
        .filter(|s| Some(&s.need) == centre.need.as_ref() && s.generation == centre.generation);
    let Some(list) = current.and_then(|s| s.list.clone()) else {
        return html! { <p role="status" aria-busy="true">{ t(locale, "centre-waiting") }</p> };
    };
    let within = centre.within;
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let within = events::value(&e).and_then(|v| v.parse::<u32>().ok());
            state.dispatch(Action::CentreWithin(within));
        })
    };
    let trainings = Rc::new(list.trainings.clone());
    let shown: Vec<&Candidate> = list
        .candidates
        .iter()
        .filter(|c| within.is_none_or(|weeks| shortlist::within(c, weeks)))
        .collect();
    let option = |value: Option<u32>, label: String| {
        html! {
            <option value={value.map(|v| v.to_string()).unwrap_or_default()} selected={within == value}>{ label }</option>
        }
    };
    html! {
        <>
            <div class="field">
                <label for="centre-within">{ t(locale, "centre-filter") }</label>
                <select id="centre-within" {onchange}>
                    { option(None, t(locale, "centre-filter-all")) }
                    { option(Some(0), t(locale, "centre-ready-now")) }
                    { for WITHIN_WEEKS.iter().map(|&w| option(Some(w), t_args(locale, "centre-filter-weeks", &[("weeks", &w.to_string())]))) }
                </select>
            </div>
            if shown.is_empty() {
                <p>{ t(locale, "centre-none-fit") }</p>
            } else {
                <table class="shortlist" data-testid="shortlist">
                    <thead>
                        <tr>
                            { for COLUMNS.iter().map(|key| html! { <th scope="col">{ t(locale, key) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for shown.iter().map(|c| html! { <CandidateRow candidate={(*c).clone()} trainings={trainings.clone()} /> }) }
                    </tbody>
                </table>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    candidate: Candidate,
    /// The trainings the shortlist's routes name.
    trainings: Rc<Vec<Training>>,
}

/// The shortlist's columns, by translation key; each cell also carries its
/// column's name, shown beside it where the table is one column wide.
const COLUMNS: [&str; 8] = [
    "centre-col-profile",
    "centre-col-nearness",
    "centre-col-readiness",
    "centre-col-match",
    "centre-col-gaps",
    "centre-col-route",
    "centre-col-after",
    "centre-col-work",
];

/// One seeker on the shortlist: her file, how near she is, her figures,
/// and the training route.
#[component]
fn CandidateRow(props: &RowProps) -> Html {
    let state = use_app();
    let locale = state.locale;
    let c = &props.candidate;
    let Some(profile) = state.centre.profiles.get(c.seeker) else {
        return html! {};
    };
    let percent = |p: crate::core::scoring::Points| {
        t_args(
            locale,
            "centre-percent",
            &[("percent", &format!("{:.0}", p.as_f64()))],
        )
    };
    let nearness = match c.nearness {
        Nearness::ReadyNow => t(locale, "centre-ready-now"),
        Nearness::AfterTraining { weeks } => t_args(
            locale,
            "centre-after-training",
            &[("weeks", &weeks.to_string())],
        ),
        Nearness::Far => t(locale, "centre-far"),
        Nearness::LittleKnown => t(locale, "centre-little-known"),
    };
    // Each training as the file names it, marked where it falls back to
    // Swedish; a list, so no separator needs translating.
    let (route, after) = if c.route.trainings.is_empty() {
        (html! { { t(locale, "centre-route-none") } }, String::new())
    } else {
        let titles =
            c.route
                .trainings
                .iter()
                .map(|id| match props.trainings.iter().find(|t| &t.id == id) {
                    Some(training) => local::marked(locale, &training.title),
                    None => html! { { id } },
                });
        (
            html! { <ul class="route">{ for titles.map(|title| html! { <li>{ title }</li> }) }</ul> },
            percent(c.route.readiness_after),
        )
    };
    let work = if c.wants.looking_for_work {
        t(locale, "centre-yes")
    } else {
        String::new()
    };
    let label = |at: usize| t(locale, COLUMNS[at]);
    html! {
        <tr class="candidate">
            <th scope="row" data-label={label(0)}>{ &profile.file }</th>
            <td data-label={label(1)} class="nearness">{ nearness }</td>
            <td data-label={label(2)}>{ percent(c.readiness) }</td>
            <td data-label={label(3)}>{ percent(c.match_score) }</td>
            <td data-label={label(4)}>{ c.gaps }</td>
            <td data-label={label(5)}>{ route }</td>
            <td data-label={label(6)}>{ after }</td>
            <td data-label={label(7)}>{ work }</td>
        </tr>
    }
}
