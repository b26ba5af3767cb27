use std::rc::Rc;

use yew::prelude::*;

use crate::core::answers::{Answers, Evidence};
use crate::core::centre_store;
use crate::core::demand::{DemandFile, Requirement};
use crate::core::evidence::{self, Backing};
use crate::core::explanation::whole_step;
use crate::core::need::{NeedEdit, NeedFile, SkillAsked};
use crate::core::profile::Profile;
use crate::core::questionnaire::Questionnaire;
use crate::core::scales::{Cefr, Licence};
use crate::core::scoring::{matters, Scorer};
use crate::core::shortlist::{self, Candidate, Nearness, NeedList, Supply};
use crate::i18n::{t, t_args, Locale};
use crate::platform::{clock, document, download, events, files};
use crate::ui::app::use_app;
use crate::ui::components::choice::Choice;
use crate::ui::components::explanation::{
    self as shown, item_name, level_words, requirement_text, Context, ScoreBars,
};
use crate::ui::components::kept_list::KeptList;
use crate::ui::components::later::Later;
use crate::ui::components::profile_summary::backing_text;
use crate::ui::components::refusal::RefusalText;
use crate::ui::content;
use crate::ui::keys;
use crate::ui::local;
use crate::ui::state::{
    Action, Beside, CentreProfile, PickedProfile, OLD_AFTER_MONTHS, SUPPLY_WEEKS,
};

/// At most this many picked profile files are parsed and listed in one
/// task, and at most about this many bytes of them (a profile with the
/// matches the seeker saw is some 60 KB: fifty of those took a slow phone
/// about 100 ms).
const OPENED_AT_ONCE: usize = 50;
const OPENED_BYTES_AT_ONCE: usize = 512 << 10;

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
            <NeedEditor />
            <h2>{ t(locale, "centre-fits") }</h2>
            <WhoFits />
            <SupplyChart />
        </section>
    }
}

/// On the coach's view of one profile: it joins the centre's list, and the
/// centre opens.
#[component]
pub fn AddToCentre() -> Html {
    let state = use_app();
    let onclick = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::CentreAddOpened {
                today: clock::today(),
            });
            state.dispatch(Action::Navigate(crate::ui::place::Page::Centre));
        })
    };
    html! {
        <button type="button" {onclick}>{ t(state.locale, "coach-add-to-centre") }</button>
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
    // Thousands of profiles are listed only once the coach unfolds them.
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(events::is_open(&e)))
    };
    // Her profile as it came, with what the coach has recorded backs it:
    // to give back to her or keep with her papers.
    let save_profile = |p: &Rc<CentreProfile>| {
        let p = p.clone();
        Callback::from(move |_: MouseEvent| {
            let name = if p.file.ends_with(".json") {
                p.file.clone()
            } else {
                format!("kompetenskoll-profile-{}.json", clock::today())
            };
            if let Ok(text) = serde_json::to_string_pretty(&p.profile) {
                let _ = download::save_text(&name, "application/json", &text);
            }
        })
    };
    html! {
        <details class="centre-profiles" {ontoggle}>
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
                { for centre.profiles.iter().enumerate().filter(|_| *open).map(|(at, p)| {
                    let state = state.clone();
                    let made = &p.profile.created_at;
                    let old = centre_store::older_than(made, months, &today);
                    let on_label = {
                        let state = state.clone();
                        Callback::from(move |label: String| state.dispatch(Action::CentreLabel { at, label }))
                    };
                    html! {
                        <li class={classes!(old.then_some("old"))}>
                            <span>{ &p.file }</span>
                            <TextField id={format!("centre-label-{at}")} label={t_args(locale, "centre-label-for", &[("file", &p.file)])}
                                value={p.label.clone()} on_commit={on_label} />
                            <span class="hint">{ t_args(locale, "centre-made", &[("date", made.get(..10).unwrap_or(made))]) }</span>
                            if old {
                                <strong class="flag">{ t_args(locale, "centre-old", &[("months", &months_text)]) }</strong>
                            }
                            <button type="button" class="link" onclick={{ let state = state.clone(); move |_| state.dispatch(Action::CentreView(at)) }}>
                                { t_args(locale, "centre-view-profile", &[("file", &p.file)]) }
                            </button>
                            <button type="button" class="link" onclick={save_profile(p)}>
                                { t_args(locale, "centre-save-profile", &[("file", &p.file)]) }
                            </button>
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
                // A part at a time, each its own task: thousands of files
                // are read, parsed and listed without freezing the page.
                let today = clock::today();
                let mut first = true;
                let mut files = picked.iter().peekable();
                while files.peek().is_some() {
                    let (mut read, mut unreadable, mut bytes) = (Vec::new(), Vec::new(), 0);
                    while read.len() + unreadable.len() < OPENED_AT_ONCE
                        && bytes < OPENED_BYTES_AT_ONCE
                    {
                        let Some(file) = files.next() else {
                            break;
                        };
                        let name = file.name();
                        match content::read_picked(file, crate::core::json::Kind::Profile).await {
                            Ok(text) => {
                                bytes += text.len();
                                read.push(PickedProfile { file: name, text });
                            }
                            Err(refusal) => unreadable.push((name, refusal)),
                        }
                    }
                    state.dispatch(Action::CentreOpened {
                        read,
                        unreadable,
                        today: today.clone(),
                        first: std::mem::take(&mut first),
                    });
                    clock::next_task().await;
                }
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

/// The need: an occupation of the demand file in use, or a need file saved
/// before (an employer's, or one a region published).
#[component]
fn NeedPicker() -> Html {
    let state = use_app();
    let locale = state.locale;
    let on_file = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_all_picked(&e).into_iter().next() else {
                return;
            };
            let state = state.clone();
            yew::platform::spawn_local(async move {
                let name = file.name();
                match content::read_picked(&file, crate::core::json::Kind::Demand).await {
                    Ok(text) => state.dispatch(Action::CentreNeedOpened { file: name, text }),
                    Err(refusal) => state.dispatch(Action::CentreNeedRefused {
                        version: None,
                        file: name,
                        refusal,
                    }),
                }
            });
        })
    };
    let centre = &state.centre;
    let opener = html! {
        <div class="field">
            <label for="centre-need-file">{ t(locale, "centre-need-open") }</label>
            <input id="centre-need-file" type="file" accept=".json,application/json" onchange={on_file} />
            if let Some(source) = &centre.need_source {
                <p role="status" data-testid="centre-need-source">{ t_args(locale, "centre-need-from-file", &[("file", &source.0)]) }</p>
            }
            if let Some((file, refusal)) = &centre.need_refused {
                <div role="alert" class="problem" data-testid="centre-need-refused">
                    <RefusalText refusal={refusal.clone()} file={file.clone()} {locale} />
                </div>
            }
        </div>
    };
    let Some(occupations) = &state.centre.occupations else {
        return html! { <>{ opener }<p role="status">{ t(locale, "centre-waiting") }</p></> };
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(id) = events::value(&e).filter(|id| !id.is_empty()) {
                state.dispatch(Action::CentreNeed(id));
            }
        })
    };
    // A need from a file is no occupation of the list.
    let need = state
        .centre
        .need
        .as_deref()
        .filter(|_| centre.need_source.is_none());
    html! {
        <>
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
        { opener }
        </>
    }
}

/// The need adjusted to an employer's: who and where, the licences, the
/// Swedish and the education it asks; saved as a small demand file.
#[component]
fn NeedEditor() -> Html {
    let state = use_app();
    let locale = state.locale;
    let centre = &state.centre;
    let Some((_, Beside(made))) = centre.need_made.as_ref() else {
        return html! {};
    };
    let edit = centre
        .need_edit
        .0
        .clone()
        .unwrap_or_else(|| made.edit.clone());
    let change = {
        let state = state.clone();
        let edit = edit.clone();
        move |apply: fn(&mut NeedEdit, &Event)| {
            let (state, edit) = (state.clone(), edit.clone());
            Callback::from(move |e: Event| {
                let mut edit = edit.clone();
                apply(&mut edit, &e);
                state.dispatch(Action::CentreEditNeed(edit));
            })
        }
    };
    let commit = {
        let state = state.clone();
        let edit = edit.clone();
        move |apply: fn(&mut NeedEdit, String)| {
            let (state, edit) = (state.clone(), edit.clone());
            Callback::from(move |text: String| {
                let mut edit = edit.clone();
                apply(&mut edit, text);
                state.dispatch(Action::CentreEditNeed(edit));
            })
        }
    };
    let questionnaire = state.questionnaire.ready().cloned();
    let save = {
        let made = made.clone();
        Callback::from(move |_| {
            let name = format!("{}.json", made.file.id);
            let _ = download::save_text(&name, "application/json", &made.text);
        })
    };
    let none = t(locale, "centre-need-none");
    html! {
        <details class="need-editor" open=true>
            <summary>{ t(locale, "centre-need-edit") }</summary>
            <TextField id="need-employer" label={t(locale, "centre-need-employer")} value={edit.employer.clone()}
                on_commit={commit(|edit, text| edit.employer = text)} />
            <TextField id="need-place" label={t(locale, "centre-need-place")} value={edit.place.clone()}
                on_commit={commit(|edit, text| edit.place = text)} />
            <fieldset class="need-licences">
                <legend>{ t(locale, "centre-need-licences") }</legend>
                { for Licence::ALL.iter().map(|&licence| {
                    let state = state.clone();
                    let checked = edit.licences.contains(&licence);
                    let edit = edit.clone();
                    let id = format!("need-licence-{}", licence.code());
                    let onchange = Callback::from(move |e: Event| {
                        let mut edit = edit.clone();
                        edit.licences.retain(|l| *l != licence);
                        if events::checked(&e) {
                            edit.licences.push(licence);
                        }
                        state.dispatch(Action::CentreEditNeed(edit));
                    });
                    html! {
                        <span class="choice">
                            <input id={id.clone()} type="checkbox" {checked} {onchange} />
                            <label for={id}>{ licence.code() }</label>
                        </span>
                    }
                }) }
            </fieldset>
            <div class="field">
                <label for="need-swedish">{ t(locale, "centre-need-swedish") }</label>
                <select id="need-swedish" onchange={change(|edit, e| {
                    edit.swedish = events::value(e).and_then(|v| Cefr::ALL.into_iter().find(|c| c.code() == v));
                })}>
                    <option value="" selected={edit.swedish.is_none()}>{ none.clone() }</option>
                    { for Cefr::ALL.iter().map(|c| html! {
                        <option value={c.code()} selected={edit.swedish == Some(*c)}>{ c.code() }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="need-education">{ t(locale, "centre-need-education") }</label>
                <select id="need-education" onchange={change(|edit, e| {
                    edit.education = events::value(e).and_then(|v| v.parse().ok());
                })}>
                    <option value="" selected={edit.education.is_none()}>{ none }</option>
                    { for (1..=8u8).filter_map(|isced| {
                        let named = questionnaire.as_ref()?.education_option(isced)?;
                        Some(html! {
                            <option value={isced.to_string()} selected={edit.education == Some(isced)}>
                                { local::shown(locale, &named.label).text }
                            </option>
                        })
                    }) }
                </select>
            </div>
            // Two closed disclosures of many selects: a task after the rest.
            <Later>
                <NeedLevels edit={edit.clone()} made={made.clone()} />
                <NeedSkills edit={edit.clone()} made={made.clone()} />
            </Later>
            <button type="button" onclick={save}>{ t(locale, "centre-need-save") }</button>
            <p class="hint">{ t(locale, "centre-need-save-hint") }</p>
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct NeedLevelsProps {
    edit: NeedEdit,
    made: Rc<NeedFile>,
}

/// The need's required levels that matter (as for a gap), each set to what
/// the employer asks, or taken out; those taken out stay listed so that
/// they can be asked again.
#[component]
fn NeedLevels(props: &NeedLevelsProps) -> Html {
    let state = use_app();
    let locale = state.locale;
    let questionnaire = state.questionnaire.ready().map(Rc::as_ref);
    let Some(occupation) = props.made.file.occupations.first() else {
        return html! {};
    };
    let mut levels: Vec<(String, u8)> = occupation
        .requirements
        .iter()
        .filter(|r| matters(r))
        .filter_map(|r| match r {
            Requirement::Level { element, level, .. } => {
                Some((element.clone(), whole_step(*level)))
            }
            _ => None,
        })
        .collect();
    for (element, &level) in &props.edit.levels {
        if level <= 0.0 && !levels.iter().any(|(e, _)| e == element) {
            levels.push((element.clone(), 0));
        }
    }
    // Named from the whole file held, which names an element taken out too.
    let held = state.held.as_ref().map(|h| &h.header);
    let name = |id: &str| match held {
        Some(file) => item_name(locale, file, id).to_owned(),
        None => item_name(locale, &props.made.file, id).to_owned(),
    };
    html! {
        <details class="need-levels">
            <summary>{ t(locale, "centre-need-levels") }</summary>
            <p class="hint">{ t(locale, "centre-need-levels-hint") }</p>
            { for levels.iter().map(|(element, level)| {
                let id = format!("need-level-{element}");
                let key = element.clone();
                let onchange = need_changed(&state, &props.edit, move |edit, value| {
                    let level = value.parse::<u8>().ok()?;
                    edit.levels.insert(key.clone(), f64::from(level));
                    Some(())
                });
                html! {
                    <div class="field">
                        <label for={id.clone()}>{ name(element) }</label>
                        <select id={id} {onchange}>
                            <option value="0" selected={*level == 0}>{ t(locale, "centre-need-none") }</option>
                            { for (1..=4u8).map(|step| html! {
                                <option value={step.to_string()} selected={*level == step}>{ level_words(locale, questionnaire, step) }</option>
                            }) }
                        </select>
                    </div>
                }
            }) }
        </details>
    }
}

/// A select's change to the need: `apply` puts the value chosen into a
/// copy of the coach's edit (None: nothing to change), which is then made.
fn need_changed(
    state: &crate::ui::app::AppContext,
    edit: &NeedEdit,
    apply: impl Fn(&mut NeedEdit, &str) -> Option<()> + 'static,
) -> Callback<Event> {
    let (state, edit) = (state.clone(), edit.clone());
    Callback::from(move |e: Event| {
        let mut changed = edit.clone();
        if events::value(&e).is_some_and(|value| apply(&mut changed, &value).is_some()) {
            state.dispatch(Action::CentreEditNeed(changed));
        }
    })
}

/// The need's skills, each asked as essential, wanted, or not at all; one
/// taken out stays listed so that it can be asked again.
#[component]
fn NeedSkills(props: &NeedLevelsProps) -> Html {
    let state = use_app();
    let locale = state.locale;
    let Some(occupation) = props.made.file.occupations.first() else {
        return html! {};
    };
    let mut skills: Vec<(String, SkillAsked)> = occupation
        .requirements
        .iter()
        .filter_map(|r| match r {
            Requirement::Skill { skill, essential } => Some((
                skill.clone(),
                if *essential {
                    SkillAsked::Essential
                } else {
                    SkillAsked::Wanted
                },
            )),
            _ => None,
        })
        .collect();
    for (skill, &asked) in &props.edit.skills {
        if asked == SkillAsked::Out && !skills.iter().any(|(s, _)| s == skill) {
            skills.push((skill.clone(), SkillAsked::Out));
        }
    }
    if skills.is_empty() {
        return html! {};
    }
    const CHOICES: [(SkillAsked, &str, &str); 3] = [
        (
            SkillAsked::Essential,
            "essential",
            "centre-need-skill-essential",
        ),
        (SkillAsked::Wanted, "wanted", "centre-need-skill-wanted"),
        (SkillAsked::Out, "out", "centre-need-none"),
    ];
    html! {
        <details class="need-skills">
            <summary>{ t(locale, "centre-need-skills") }</summary>
            <p class="hint">{ t(locale, "centre-need-skills-hint") }</p>
            { for skills.iter().map(|(skill, asked)| {
                let id = format!("need-skill-{skill}");
                let key = skill.clone();
                let onchange = need_changed(&state, &props.edit, move |edit, value| {
                    let chosen = CHOICES.iter().find(|c| c.1 == value)?.0;
                    edit.skills.insert(key.clone(), chosen);
                    Some(())
                });
                html! {
                    <div class="field">
                        <label for={id.clone()}>{ item_name(locale, &props.made.file, skill) }</label>
                        <select id={id} {onchange}>
                            { for CHOICES.iter().map(|(value, code, key)| html! {
                                <option value={*code} selected={asked == value}>{ t(locale, key) }</option>
                            }) }
                        </select>
                    </div>
                }
            }) }
        </details>
    }
}

/// The occupations the chart shows at most: what fits a printed page.
const SUPPLY_SHOWN: usize = 15;

/// Supply against demand: for the occupations the file says are in
/// shortage, how many of the coach's seekers are ready now, within half a
/// year of training, or further, as bars the app draws (SVG) and the same
/// figures as a table; printable for the region.
#[component]
fn SupplyChart() -> Html {
    let state = use_app();
    let locale = state.locale;
    let centre = &state.centre;
    if centre.profiles.is_empty() {
        return html! {};
    }
    let current = centre
        .supply
        .as_ref()
        .filter(|(g, _)| *g == centre.generation)
        .map(|(_, Beside(rows))| rows.clone());
    let ask = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::CentreAskSupply))
    };
    let weeks = SUPPLY_WEEKS.to_string();
    let body = match (centre.supply_asked, current) {
        (false, _) => html! {
            <button type="button" onclick={ask}>{ t(locale, "centre-supply-show") }</button>
        },
        (true, None) => {
            html! { <p role="status" aria-busy="true">{ t(locale, "centre-waiting") }</p> }
        }
        (true, Some(rows)) if rows.is_empty() => {
            html! { <p>{ t(locale, "centre-supply-none") }</p> }
        }
        (true, Some(rows)) => {
            let shown: Vec<&Supply> = rows.iter().take(SUPPLY_SHOWN).collect();
            let most = shown
                .iter()
                .map(|r| r.ready_now + r.within + r.further)
                .max()
                .unwrap_or(1)
                .max(1);
            // Bars on a 100-wide scale beside labels set in HTML, so text
            // wraps and zooms as text does; the SVG holds only shapes.
            let bar = |row: &Supply| {
                let width = |n: usize| 100.0 * n as f64 / most as f64;
                let (a, b, c) = (width(row.ready_now), width(row.within), width(row.further));
                html! {
                    <svg class="supply-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="ready" x="0" y="0" width={format!("{a:.2}")} height="10" />
                        <rect class="within" x={format!("{a:.2}")} y="0" width={format!("{b:.2}")} height="10" />
                        <rect class="further" x={format!("{:.2}", a + b)} y="0" width={format!("{c:.2}")} height="10" />
                    </svg>
                }
            };
            let counts = |row: &Supply| {
                t_args(
                    locale,
                    "centre-supply-counts",
                    &[
                        ("ready", &row.ready_now.to_string()),
                        ("within", &row.within.to_string()),
                        ("weeks", &weeks),
                        ("further", &row.further.to_string()),
                    ],
                )
            };
            html! {
                <figure class="supply" aria-labelledby="supply-caption">
                    <figcaption id="supply-caption">{ t_args(locale, "centre-supply-caption", &[("date", &clock::today())]) }</figcaption>
                    <ul class="supply-key" aria-hidden="true">
                        <li><span class="swatch ready"></span>{ t(locale, "centre-ready-now") }</li>
                        <li><span class="swatch within"></span>{ t_args(locale, "centre-filter-weeks", &[("weeks", &weeks)]) }</li>
                        <li><span class="swatch further"></span>{ t(locale, "centre-supply-further") }</li>
                    </ul>
                    <ol class="supply-rows" data-testid="supply">
                        { for shown.iter().map(|row| html! {
                            <li>
                                <span class="supply-label">{ local::marked(locale, &row.label) }</span>
                                { bar(row) }
                                <span class="supply-counts">{ counts(row) }</span>
                            </li>
                        }) }
                    </ol>
                    <button type="button" class="no-print" onclick={|_| document::print()}>{ t(locale, "centre-supply-print") }</button>
                </figure>
            }
        }
    };
    html! {
        <div class="supply-out">
            <h2>{ t(locale, "centre-supply") }</h2>
            <p class="no-print">{ t_args(locale, "centre-supply-intro", &[("weeks", &weeks)]) }</p>
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TextFieldProps {
    id: AttrValue,
    label: String,
    /// What the field holds now.
    value: String,
    /// The text once the coach leaves the field or presses Enter.
    on_commit: Callback<String>,
    /// `text` unless said.
    #[prop_or(AttrValue::Static("text"))]
    kind: AttrValue,
}

/// A text field that keeps what is typed while other answers arrive (a
/// re-render with the old value would wipe it) and commits it on change.
#[component]
fn TextField(props: &TextFieldProps) -> Html {
    let typed = use_state(|| props.value.clone());
    {
        let typed = typed.clone();
        use_effect_with(props.value.clone(), move |value| typed.set(value.clone()));
    }
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| typed.set(events::value(&e).unwrap_or_default()))
    };
    let onchange = {
        let on_commit = props.on_commit.clone();
        Callback::from(move |e: Event| on_commit.emit(events::value(&e).unwrap_or_default()))
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} type={props.kind.clone()} value={(*typed).clone()} {oninput} {onchange} />
        </div>
    }
}

/// Who fits the need, the readiest first, with the filter; printed or
/// saved as a CSV with the coach's labels in place of file names.
#[component]
fn WhoFits() -> Html {
    let state = use_app();
    let locale = state.locale;
    // The seeker whose figures are explained below the list.
    let why = use_state(|| None::<usize>);
    {
        let opened = *why;
        use_effect_with(opened, move |opened| {
            if opened.is_some() {
                document::focus(WHY_TITLE);
            }
        });
    }
    let centre = &state.centre;
    if centre.profiles.is_empty() || centre.need.is_none() {
        return html! { <p>{ t(locale, "centre-no-profiles") }</p> };
    }
    let Some(shortlisted) = centre.shortlist_of_the_need() else {
        return html! { <p role="status" aria-busy="true">{ t(locale, "centre-waiting") }</p> };
    };
    let Some(list) = shortlisted.list.clone() else {
        return html! { <p role="alert" class="problem" data-testid="centre-shortlist-failed">{ t(locale, "centre-shortlist-failed") }</p> };
    };
    let within = centre.within;
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let within = events::value(&e).and_then(|v| v.parse::<u32>().ok());
            state.dispatch(Action::CentreWithin(within));
        })
    };
    // Another shortlist renders its rows from the first again.
    let rows_key = format!("{:p}", Rc::as_ptr(shortlisted));
    // A list of another filter, or before "show all", stands until the
    // worker's answer to this one comes.
    let asked = shortlisted.rows != centre.rows();
    let list = Listed(list);
    // The worker sends those that fit the filter, the readiest first, the
    // nearest hundred until the coach asks for all.
    let shown = &list.candidates[..];
    let fitting = list.fitting;
    let show_all = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::CentreShowAll))
    };
    let option = |value: Option<u32>, label: String| {
        html! {
            <option value={value.map(|v| v.to_string()).unwrap_or_default()} selected={within == value}>{ label }</option>
        }
    };
    let need_name = list
        .need
        .occupations
        .first()
        .map(|o| local::shown(locale, &o.label).text.to_owned())
        .unwrap_or_default();
    let today = clock::today();
    let save_csv = {
        let (state, list, today) = (state.clone(), list.clone(), today.clone());
        let (need, generation) = (shortlisted.need.clone(), shortlisted.generation);
        let rows = shortlist::Rows {
            within,
            count: None,
        };
        Callback::from(move |_| {
            // The list shown is of this filter and whole: no need to ask.
            if !asked && list.candidates.len() == list.fitting {
                return save_csv(&state, &list, &today);
            }
            // Everyone who fits: the worker has them, the page the nearest.
            let (state, need, today) = (state.clone(), need.clone(), today.clone());
            yew::platform::spawn_local(async move {
                let whole = content::shortlist(&state.centre, need, generation, rows).await;
                if let Some(Some(whole)) = whole {
                    save_csv(&state, &whole, &today);
                }
            });
        })
    };
    html! {
        <div class="shortlist-out">
            <p class="print-only print-title">
                { t_args(locale, "centre-print-title", &[("need", &need_name), ("date", &today)]) }
            </p>
            <div class="field no-print">
                <label for="centre-within">{ t(locale, "centre-filter") }</label>
                <select id="centre-within" {onchange}>
                    { option(None, t(locale, "centre-filter-all")) }
                    { option(Some(0), t(locale, "centre-ready-now")) }
                    { for WITHIN_WEEKS.iter().map(|&w| option(Some(w), t_args(locale, "centre-filter-weeks", &[("weeks", &w.to_string())]))) }
                </select>
            </div>
            // Under the filter the coach just changed, not below the list.
            if asked {
                <p role="status" aria-busy="true">{ t(locale, "centre-waiting") }</p>
            }
            if shown.is_empty() {
                if !asked {
                    <p>{ t(locale, "centre-none-fit") }</p>
                }
            } else {
                <div class="actions no-print">
                    <button type="button" onclick={|_| document::print()}>{ t(locale, "centre-print") }</button>
                    <button type="button" onclick={save_csv}>{ t(locale, "centre-csv") }</button>
                </div>
                <p class="hint no-print">{ t(locale, "centre-out-hint") }</p>
                <table class="shortlist" data-testid="shortlist">
                    <thead>
                        <tr>
                            { for COLUMNS.iter().map(|key| html! { <th scope="col">{ t(locale, key) }</th> }) }
                        </tr>
                    </thead>
                    <CandidateRows key={rows_key} list={list.clone()}
                        on_why={
                            let why = why.clone();
                            Callback::from(move |seeker: usize| why.set(Some(seeker)))
                        } />
                </table>
                if !asked && shown.len() < fitting {
                    <p role="status" data-testid="centre-shown">{ t_args(locale, "centre-shown", &[("shown", &shown.len().to_string()), ("count", &fitting.to_string())]) }</p>
                    <button type="button" class="no-print" onclick={show_all}>{ t_args(locale, "centre-show-all", &[("count", &fitting.to_string())]) }</button>
                }
            }
            if let Some(seeker) = *why {
                <CandidateWhy list={list.clone()} {seeker} on_close={
                    let why = why.clone();
                    Callback::from(move |_: ()| why.set(None))
                } />
            }
            // Below the list, and a form of its own: a task after the list.
            <Later>
                <EvidenceRecorder list={list.clone()} />
            </Later>
        </div>
    }
}

/// A shortlist as the props of what shows it: the same list is the same
/// allocation, so props are compared by identity; compared by value, each
/// row's props walked every candidate on the list at every render.
#[derive(Clone)]
struct Listed(Rc<NeedList>);

impl PartialEq for Listed {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Listed {
    type Target = NeedList;
    fn deref(&self) -> &NeedList {
        &self.0
    }
}

/// The id of the heading of a candidate's explanation, focused when it opens.
const WHY_TITLE: &str = "centre-why-title";

#[derive(Properties, PartialEq)]
struct WhyProps {
    list: Listed,
    /// The seeker's place in the centre's list.
    seeker: usize,
    on_close: Callback<()>,
}

/// A candidate's figures explained as her own explanation explains them
/// (the same bars, reasons, gaps with their trainings, and every line of
/// the breakdown), against the need as the coach made it: the worker's
/// shortlist and this page read one need file the same way.
#[component]
fn CandidateWhy(props: &WhyProps) -> Html {
    let state = use_app();
    let locale = state.locale;
    let Some(profile) = state.centre.profiles.get(props.seeker) else {
        return html! {};
    };
    let need = &props.list.need;
    let Some(occupation) = need.occupations.first() else {
        return html! {};
    };
    let answers = &profile.profile.answers;
    let scorer = Scorer::new(need);
    let explained = scorer.explain(0, &scorer.seeker(answers), locale.content_lang());
    let offers = scorer.offers(0, answers, &explained);
    let cx = Context {
        locale,
        demand: need,
        questionnaire: state.questionnaire.ready().map(Rc::as_ref),
        answers,
    };
    let who = if profile.label.is_empty() {
        profile.file.clone()
    } else {
        profile.label.clone()
    };
    let title = t_args(
        locale,
        "centre-why-title",
        &[
            ("who", &who),
            ("need", local::shown(locale, &occupation.label).text),
        ],
    );
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section class="centre-why no-print" aria-labelledby={WHY_TITLE}>
            <h2 id={WHY_TITLE}>{ title }</h2>
            <ScoreBars match_score={explained.score} readiness={explained.readiness} {locale} explained={true} />
            { shown::summary(cx, &explained, &offers) }
            { shown::breakdown(cx, &explained) }
            <p><button type="button" onclick={close}>{ t(locale, "centre-why-close") }</button></p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    candidate: Candidate,
    /// The shortlist: the need itself and its trainings.
    list: Listed,
    /// Opens the explanation of the candidate's figures (her place).
    on_why: Callback<usize>,
}

/// The shortlist's columns, by translation key; each cell also carries its
/// column's name, shown beside it where the table is one column wide.
const COLUMNS: [&str; 9] = [
    "centre-col-profile",
    "centre-col-nearness",
    "centre-col-readiness",
    "centre-col-match",
    "centre-col-gaps",
    "centre-col-route",
    "centre-col-after",
    "centre-col-wants",
    "centre-col-backed",
];

/// One candidate in words, the same on the page, the print-out and the
/// CSV: how near, the figures, each requirement she lacks, each training
/// of the route, her readiness after it, and whether she looks for work.
struct Cells {
    nearness: String,
    readiness: String,
    match_score: String,
    lacking: Vec<String>,
    route: Vec<String>,
    after: String,
    /// What she said she wants that bears on the need, one line each.
    wants: Vec<String>,
    /// What a coach has seen back of what she claims for the need.
    backed: String,
}

fn cells(
    locale: Locale,
    c: &Candidate,
    profile: &Profile,
    list: &NeedList,
    questionnaire: Option<&Questionnaire>,
) -> Cells {
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
    let route: Vec<String> = c
        .route
        .trainings
        .iter()
        .map(|id| match list.training(id) {
            Some(training) => local::shown(locale, &training.title).text.to_owned(),
            None => id.clone(),
        })
        .collect();
    let answers = &profile.answers;
    let backed = list
        .need
        .occupations
        .first()
        .map(|need| evidence::backed(need, answers, &profile.evidence))
        .unwrap_or_default();
    Cells {
        nearness,
        readiness: percent(c.readiness),
        match_score: percent(c.match_score),
        lacking: c
            .lacking
            .iter()
            .map(|r| requirement_text(locale, &list.need, questionnaire, r, answers))
            .collect(),
        after: if route.is_empty() {
            String::new()
        } else {
            percent(c.route.readiness_after)
        },
        route,
        wants: wants_lines(locale, c, answers, &list.need),
        // Nothing backed says nothing: the column is for what is.
        backed: if backed.validated + backed.documented == 0 {
            String::new()
        } else {
            t_args(
                locale,
                "centre-backed",
                &[
                    ("validated", &backed.validated.to_string()),
                    ("documented", &backed.documented.to_string()),
                    ("claimed", &backed.claimed.to_string()),
                ],
            )
        },
    }
}

/// What she wants that bears on the need, as she said it: looking for
/// work, this occupation as her goal, how many of its rated elements she
/// wants to work with or learn more of, whether she wants to work where
/// the need is, and the hours and times she can work. Nothing said, nothing listed.
fn wants_lines(locale: Locale, c: &Candidate, answers: &Answers, need: &DemandFile) -> Vec<String> {
    let wants = &c.wants;
    // Where the need is a municipality and she named hers.
    let place = wants.in_her_municipality.map(|here| {
        if here {
            t_args(
                locale,
                "centre-wants-here",
                &[("place", local::shown(locale, &need.region.name).text)],
            )
        } else {
            t(locale, "centre-wants-elsewhere")
        }
    });
    let count =
        |key: &str, n: usize| (n > 0).then(|| t_args(locale, key, &[("count", &n.to_string())]));
    let preferences = &answers.preferences;
    [
        wants
            .looking_for_work
            .then(|| t(locale, "centre-wants-work")),
        wants.goal_is_this.then(|| t(locale, "centre-wants-this")),
        count("centre-wants-use", wants.wants_to_use),
        count("centre-wants-learn", wants.wants_to_learn),
        place,
        preferences.hours.map(|h| t(locale, keys::hours(h))),
    ]
    .into_iter()
    .flatten()
    .chain(
        preferences
            .shifts
            .iter()
            .map(|&s| t(locale, keys::shift(s))),
    )
    .collect()
}

/// What a print-out or CSV calls the seeker: the coach's label, or her
/// place in the list; never the file's name, which may be hers.
fn name_out(locale: Locale, profile: &CentreProfile, at: usize) -> String {
    if profile.label.is_empty() {
        t_args(
            locale,
            "centre-unlabelled",
            &[("number", &(at + 1).to_string())],
        )
    } else {
        profile.label.clone()
    }
}

/// Saves the CSV of `list`, made on `today`.
fn save_csv(state: &crate::ui::app::AppContext, list: &NeedList, today: &str) {
    let rows = csv_rows(state, list);
    let name = format!("kompetenskoll-shortlist-{today}.csv");
    let _ = download::save_text(&name, "text/csv", &shortlist::csv(&rows));
}

/// The CSV of the shortlist as filtered (the worker's list, every
/// candidate that fits): a header row, then one row a candidate, lists one
/// item a line within their cell.
fn csv_rows(state: &crate::ui::app::AppContext, list: &NeedList) -> Vec<Vec<String>> {
    let locale = state.locale;
    let questionnaire = state.questionnaire.ready().map(Rc::as_ref);
    let mut rows = vec![COLUMNS.iter().map(|key| t(locale, key)).collect()];
    for c in &list.candidates {
        let Some(profile) = state.centre.profiles.get(c.seeker) else {
            continue;
        };
        let cells = cells(locale, c, &profile.profile, list, questionnaire);
        let route = if cells.route.is_empty() {
            t(locale, "centre-route-none")
        } else {
            cells.route.join("\n")
        };
        rows.push(vec![
            name_out(locale, profile, c.seeker),
            cells.nearness,
            cells.readiness,
            cells.match_score,
            cells.lacking.join("\n"),
            route,
            cells.after,
            cells.wants.join("\n"),
            cells.backed,
        ]);
    }
    rows
}

#[derive(Properties, PartialEq)]
struct RowsProps {
    /// The shortlist, its candidates as shown.
    list: Listed,
    on_why: Callback<usize>,
}

/// Rows rendered in a task: a hundred candidates' rows at once were one
/// task of about 150 ms at 4x CPU (Yew attaching each row's nodes), 25 of
/// them about 37 ms.
const ROWS_A_TASK: usize = 20;

/// Rows rendered with the rest of the shortlist (its filter and buttons),
/// in the task that also compiles the list's code on its first use: none,
/// the first slice comes a task later.
const FIRST_ROWS: usize = 0;

/// The shortlist's rows, a slice a task until all are shown (busy until
/// then); natively, in the server renderer's tests, all at once.
#[component]
fn CandidateRows(props: &RowsProps) -> Html {
    let grown = use_state(|| {
        if cfg!(target_arch = "wasm32") {
            FIRST_ROWS
        } else {
            usize::MAX
        }
    });
    let count = props.list.candidates.len();
    {
        let grown = grown.clone();
        use_effect_with((*grown, count), move |&(now, count)| {
            if now < count {
                yew::platform::spawn_local(async move {
                    clock::next_task().await;
                    grown.set(now + ROWS_A_TASK);
                });
            }
        });
    }
    let rendered = (*grown).min(count);
    html! {
        <tbody aria-busy={(rendered < count).then_some("true")}>
            { for props.list.candidates[..rendered].iter().map(|c| html! {
                <CandidateRow candidate={c.clone()} list={props.list.clone()} on_why={props.on_why.clone()} />
            }) }
        </tbody>
    }
}

/// One seeker on the shortlist: her label (or file), how near she is, her
/// figures, what she lacks and the training route.
#[component]
fn CandidateRow(props: &RowProps) -> Html {
    let state = use_app();
    let locale = state.locale;
    let c = &props.candidate;
    let Some(profile) = state.centre.profiles.get(c.seeker) else {
        return html! {};
    };
    let questionnaire = state.questionnaire.ready().map(Rc::as_ref);
    let cells = cells(locale, c, &profile.profile, &props.list, questionnaire);
    // Each training as the file names it, marked where it falls back to
    // Swedish; lists, so no separator needs translating.
    let route = if c.route.trainings.is_empty() {
        html! { { t(locale, "centre-route-none") } }
    } else {
        let titles = c
            .route
            .trainings
            .iter()
            .map(|id| match props.list.training(id) {
                Some(training) => local::marked(locale, &training.title),
                None => html! { { id } },
            });
        html! { <ul class="route">{ for titles.map(|title| html! { <li>{ title }</li> }) }</ul> }
    };
    let list = |lines: &[String], class: &'static str| {
        if lines.is_empty() {
            html! {}
        } else {
            html! { <ul {class}>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul> }
        }
    };
    let lacking = list(&cells.lacking, "lacking");
    let on_screen = if profile.label.is_empty() {
        profile.file.clone()
    } else {
        profile.label.clone()
    };
    let label = |at: usize| t(locale, COLUMNS[at]);
    // Each figure opens its explanation; on paper it is the figure alone.
    let figure = |text: String| {
        let seeker = c.seeker;
        let onclick = props.on_why.reform(move |_: MouseEvent| seeker);
        html! {
            <>
                <button type="button" class="link no-print" {onclick}>
                    { t_args(locale, "centre-why", &[("figure", &text)]) }
                </button>
                <span class="print-only">{ text }</span>
            </>
        }
    };
    html! {
        <tr class="candidate">
            <th scope="row" data-label={label(0)}>
                <span class="no-print">{ on_screen }</span>
                <span class="print-only">{ name_out(locale, profile, c.seeker) }</span>
            </th>
            <td data-label={label(1)} class="nearness">{ cells.nearness }</td>
            <td data-label={label(2)}>{ figure(cells.readiness) }</td>
            <td data-label={label(3)}>{ figure(cells.match_score) }</td>
            <td data-label={label(4)} class="gaps">{ lacking }</td>
            <td data-label={label(5)}>{ route }</td>
            <td data-label={label(6)}>{ cells.after }</td>
            <td data-label={label(7)}>{ list(&cells.wants, "wants") }</td>
            <td data-label={label(8)} class="backed">{ cells.backed }</td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
struct RecorderProps {
    /// The list as shown (the nearest hundred until the coach asks for
    /// all): its seekers are hers to choose from, not every profile held
    /// (two thousand options were most of a 270 ms task on a slow phone).
    list: Listed,
}

/// What a coach has seen back a seeker's answers, recorded for what she
/// claims of the need: a document or a validation, by whom, how and when.
/// Her own rating is shown beside it and never changes; the record goes
/// with her profile (kept, exported, printed) and is counted on the list.
#[component]
fn EvidenceRecorder(props: &RecorderProps) -> Html {
    let state = use_app();
    let locale = state.locale;
    let chosen = use_state(|| None::<usize>);
    let item = use_state(|| None::<String>);
    let kind = use_state(|| Evidence::Validated);
    let by = use_state(String::new);
    let how = use_state(String::new);
    let on = use_state(clock::today);
    let missing_by = use_state(|| false);
    let list = &props.list;
    let Some(need) = list.need.occupations.first() else {
        return html! {};
    };
    let seekers: Vec<usize> = list.candidates.iter().map(|c| c.seeker).collect();
    let Some(at) = chosen
        .filter(|at| seekers.contains(at))
        .or(seekers.first().copied())
    else {
        return html! {};
    };
    let Some(profile) = state.centre.profiles.get(at) else {
        return html! {};
    };
    let answers = &profile.profile.answers;
    let claims = evidence::claims(need, answers);
    let item_now = item
        .as_deref()
        .filter(|i| claims.contains(i))
        .or(claims.first().copied())
        .map(str::to_owned);
    let questionnaire = state.questionnaire.ready().map(Rc::as_ref);
    let own = |id: &str| match answers.levels.get(id).and_then(|a| a.level) {
        Some(level) => t_args(
            locale,
            "centre-evidence-own-level",
            &[("level", &level_words(locale, questionnaire, level))],
        ),
        None => t(locale, "centre-evidence-own-skill"),
    };
    let on_seeker = {
        let (chosen, item) = (chosen.clone(), item.clone());
        Callback::from(move |e: Event| {
            chosen.set(events::value(&e).and_then(|v| v.parse().ok()));
            item.set(None);
        })
    };
    let on_item = {
        let item = item.clone();
        Callback::from(move |e: Event| item.set(events::value(&e)))
    };
    let kind_choice = |value: Evidence, key: &str| {
        let kind = kind.clone();
        html! {
            <Choice id={format!("centre-evidence-{key}")} name="centre-evidence-kind" label={t(locale, key)}
                checked={*kind == value} onchange={move |_| kind.set(value)} />
        }
    };
    let commit = |cell: &UseStateHandle<String>| {
        let cell = cell.clone();
        Callback::from(move |text: String| cell.set(text.trim().to_owned()))
    };
    let onsubmit = {
        let (state, by, how, on, kind, missing_by) = (
            state.clone(),
            by.clone(),
            how.clone(),
            on.clone(),
            kind.clone(),
            missing_by.clone(),
        );
        let item = item_now.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(item) = item.clone() else { return };
            if *kind != Evidence::SelfAssessed && by.is_empty() {
                missing_by.set(true);
                return;
            }
            missing_by.set(false);
            let on = if crate::core::demand::is_iso_date(&on) {
                (*on).clone()
            } else {
                clock::today()
            };
            state.dispatch(Action::CentreBack {
                at,
                backing: Backing {
                    item,
                    kind: *kind,
                    by: (*by).clone(),
                    how: (*how).clone(),
                    on,
                },
            });
        })
    };
    let name = |id: &str| item_name(locale, &list.need, id).to_owned();
    let records: Vec<&Backing> = profile.profile.evidence.iter().collect();
    html! {
        <section class="evidence no-print" aria-labelledby="centre-evidence-title">
            <h3 id="centre-evidence-title">{ t(locale, "centre-evidence-title") }</h3>
            <p>{ t(locale, "centre-evidence-intro") }</p>
            <div class="field">
                <label for="centre-evidence-seeker">{ t(locale, "centre-evidence-seeker") }</label>
                <select id="centre-evidence-seeker" onchange={on_seeker}>
                    { for seekers.iter().map(|&s| {
                        let p = &state.centre.profiles[s];
                        let shown = if p.label.is_empty() { p.file.clone() } else { p.label.clone() };
                        html! { <option value={s.to_string()} selected={s == at}>{ shown }</option> }
                    }) }
                </select>
            </div>
            if !records.is_empty() {
                <ul class="backing" data-testid="centre-evidence-records">
                    { for records.iter().map(|b| html! {
                        <li>{ backing_text(locale, &name(&b.item), b) }<br />
                            <span class="hint">{ own(&b.item) }</span></li>
                    }) }
                </ul>
            }
            if claims.is_empty() {
                <p>{ t(locale, "centre-evidence-none") }</p>
            } else {
                <form class="evidence-form" {onsubmit}>
                    <div class="field">
                        <label for="centre-evidence-item">{ t(locale, "centre-evidence-item") }</label>
                        <select id="centre-evidence-item" onchange={on_item}>
                            { for claims.iter().map(|&id| html! {
                                <option value={id.to_owned()} selected={item_now.as_deref() == Some(id)}>{ name(id) }</option>
                            }) }
                        </select>
                        if let Some(id) = item_now.as_deref() {
                            <p class="hint">{ own(id) }</p>
                        }
                    </div>
                    <fieldset>
                        <legend>{ t(locale, "centre-evidence-kind") }</legend>
                        { kind_choice(Evidence::Validated, "centre-evidence-validated") }
                        { kind_choice(Evidence::Document, "centre-evidence-document") }
                        { kind_choice(Evidence::SelfAssessed, "centre-evidence-self") }
                    </fieldset>
                    <TextField id="centre-evidence-by" label={t(locale, "centre-evidence-by")} value={(*by).clone()} on_commit={commit(&by)} />
                    if *missing_by {
                        <p role="alert" class="problem">{ t(locale, "centre-evidence-missing-by") }</p>
                    }
                    <TextField id="centre-evidence-how" label={t(locale, "centre-evidence-how")} value={(*how).clone()} on_commit={commit(&how)} />
                    <TextField id="centre-evidence-on" kind="date" label={t(locale, "centre-evidence-on")} value={(*on).clone()} on_commit={commit(&on)} />
                    <button type="submit">{ t(locale, "centre-evidence-save") }</button>
                </form>
            }
        </section>
    }
}
