use std::rc::Rc;

use yew::prelude::*;

use crate::core::answers::Answers;
use crate::core::demand::{DemandFile, Requirement};
use crate::core::edit::Edit;
use crate::core::explanation;
use crate::core::scoring::{Explained, ReadinessLine};
use crate::i18n::{t, t_args, Locale};
use crate::platform::events;
use crate::ui::app::{use_app, AppContext};
use crate::ui::components::demand_panel::demand_identity;
use crate::ui::components::explanation::{self as shown, requirement_text, Context, ScoreBars};
use crate::ui::components::later::{use_later, Later};
use crate::ui::components::outlook::{OutlookBadge, Props as OutlookProps};
use crate::ui::content::Load;
use crate::ui::keys;
use crate::ui::local;
use crate::ui::state::{Action, Page};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

/// How many unanswered requirements are offered to answer here: the
/// heaviest, so that a few answers move the figures most.
const UNANSWERED_SHOWN: usize = 5;

/// One occupation's explanation, seeker first: the two figures, why it
/// fits, what is missing most and the training for it, the demand; then
/// what she has not answered (answerable here), the trainings with "what
/// if", and the whole breakdown folded away.
#[component]
pub fn OccupationPage(props: &Props) -> Html {
    let state = use_app();
    let locale = state.locale;
    let lang = locale.content_lang();
    let what_if = use_state(|| None::<String>);
    // The tap that opens the page removes the results and lays out this
    // one: the title and figures come with it, the rest a task later.
    let whole = use_later();
    let Load::Ready(demand) = &state.demand else {
        return html! { <p role="status">{ t(locale, "results-loading") }</p> };
    };
    // The page's part of the file has the occupation once the worker has
    // answered for it; one the file lacks sends the seeker to the results.
    let Some(index) = demand.index_of(&props.id) else {
        return html! { <p role="status">{ t(locale, "results-loading") }</p> };
    };
    let none = Answers::default();
    let cx = Context::of(&state, demand, &none);
    let answers = cx.answers;
    let Some(scorer) = state.scorer() else {
        return html! { <p role="status">{ t(locale, "results-loading") }</p> };
    };
    let explained = Rc::new(scorer.explain(index, &scorer.seeker(answers), lang));
    let occupation = &demand.occupations[index];
    if !whole {
        return html! {
            <section class="occupation" aria-labelledby="occupation-title">
                <h1 id="occupation-title">{ local::marked(locale, &occupation.label) }</h1>
                <ScoreBars match_score={explained.score} readiness={explained.readiness} {locale} explained={true} />
            </section>
        };
    }
    let offers = scorer.offers(index, answers, &explained);
    let says = occupation
        .outlook_for(demand.region.county.as_deref())
        .and_then(|o| o.says.as_ref());
    let unanswered = explanation::unanswered(&explained);

    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Navigate(Page::Results)))
    };
    let readiness = format!("{:.0}", explained.readiness.as_f64());

    html! {
        <section class="occupation" aria-labelledby="occupation-title">
            <h1 id="occupation-title">{ local::marked(locale, &occupation.label) }</h1>
            <ScoreBars match_score={explained.score} readiness={explained.readiness} {locale} explained={true} />
            { shown::summary(cx, &explained, &offers) }
            <section class="demand">
                <h2>{ t(locale, "occ-demand") }</h2>
                <OutlookBadge ..OutlookProps::of(occupation, demand, locale) />
                if let Some(says) = says {
                    <blockquote class="outlook-says">{ local::marked(locale, says) }</blockquote>
                }
            </section>
            if !unanswered.is_empty() {
                <section class="unanswered">
                    <h2>{ t(locale, "occ-unanswered") }</h2>
                    <p class="hint">{ t(locale, "occ-unanswered-hint") }</p>
                    <ul>{ for unanswered.iter().take(UNANSWERED_SHOWN).map(|l| answer_here(&state, cx, l)) }</ul>
                </section>
            }
            if let Some(note) = &occupation.note {
                <p class="note"><strong>{ t(locale, "occ-note") }</strong>{ " " }{ local::marked(locale, note) }</p>
            }
            if !offers.is_empty() {
                <section class="trainings">
                    <h2>{ t(locale, "occ-trainings") }</h2>
                    <ul>
                        { for offers.iter().map(|offer| {
                            let tr = offer.training;
                            let id = tr.id.clone();
                            let what_if = what_if.clone();
                            let open = what_if.as_deref() == Some(tr.id.as_str());
                            let onclick = Callback::from(move |_: MouseEvent| what_if.set(Some(id.clone())));
                            let after = open.then(|| format!("{:.0}", offer.readiness_after.as_f64()));
                            html! {
                                <li class="training">
                                    <h3>{ local::marked(locale, &tr.title) }</h3>
                                    <p class="form">{ t(locale, keys::training_form(tr.form)) }</p>
                                    if let Some(d) = &tr.description {
                                        <p>{ local::marked(locale, d) }</p>
                                    }
                                    <p>{ t_args(locale, "occ-training-closes", &[("count", &offer.gaps.to_string())]) }</p>
                                    <button type="button" {onclick} aria-expanded={open.to_string()}>{ t(locale, "occ-what-if") }</button>
                                    if let Some(after) = after {
                                        <p role="status" class="what-if">
                                            { t_args(locale, "occ-what-if-result", &[("after", &after), ("before", &readiness)]) }
                                        </p>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            // The hundred lines of the breakdown come in the next task, so
            // that the tap that opened the page is not one long task.
            <Later>
                <Breakdown explained={explained.clone()} />
                if let Some(d) = &occupation.description {
                    <p class="description">{ local::marked(locale, d) }</p>
                }
                { demand_identity(locale, demand) }
                <p><button type="button" class="link" onclick={back}>{ t(locale, "occ-back") }</button></p>
            </Later>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct BreakdownProps {
    explained: Rc<Explained>,
}

/// Every line of both figures: a component, so that it is built in the
/// task it shows in (`Later`), not with the top of the page.
#[component]
fn Breakdown(props: &BreakdownProps) -> Html {
    let state = use_app();
    let Load::Ready(demand) = &state.demand else {
        return Html::default();
    };
    let none = Answers::default();
    shown::breakdown(Context::of(&state, demand, &none), &props.explained)
}

/// An unanswered requirement with a control to answer it on the spot:
/// a level as a choice of the questionnaire's own words, a skill as a
/// tick box. Others name the question to go back to.
fn answer_here(state: &AppContext, cx: Context<'_>, line: &ReadinessLine) -> Html {
    let locale = cx.locale;
    let text = requirement_text(
        locale,
        cx.demand,
        cx.questionnaire,
        &line.requirement,
        cx.answers,
    );
    match &line.requirement {
        Requirement::Level { element, .. } => {
            let state = state.clone();
            let item = element.clone();
            let id = format!("answer-{element}");
            let onchange = Callback::from(move |e: Event| {
                if let Some(value) = events::value(&e) {
                    if let Ok(level) = value.parse::<u8>() {
                        state.dispatch(Action::Answer(Edit::Rate {
                            item: item.clone(),
                            level: Some(level),
                        }));
                    }
                }
            });
            html! {
                <li class="field">
                    <label for={id.clone()}>{ text }</label>
                    <select id={id} {onchange}>
                        <option value="" selected={true}>{ t(locale, "occ-unanswered-choose") }</option>
                        { for (0..=4).map(|step| html! {
                            <option value={step.to_string()}>{ shown::level_words(locale, cx.questionnaire, step) }</option>
                        }) }
                    </select>
                </li>
            }
        }
        Requirement::Skill { skill, .. } => {
            let state = state.clone();
            let skill = skill.clone();
            let id = format!("answer-{skill}");
            let onchange = Callback::from(move |e: Event| {
                state.dispatch(Action::Answer(Edit::Tick {
                    skill: skill.clone(),
                    has: events::checked(&e),
                }));
            });
            html! {
                <li class="check">
                    <input type="checkbox" id={id.clone()} {onchange} />
                    <label for={id}>{ t_args(locale, "occ-unanswered-skill", &[("label", &text)]) }</label>
                </li>
            }
        }
        _ => html! { <li>{ text }</li> },
    }
}

/// One requirement line for the print-out and the coach's view, with the
/// levels in whole steps (the questionnaire's words are not at hand there).
pub fn describe(
    locale: Locale,
    demand: &DemandFile,
    line: &ReadinessLine,
    answers: &Answers,
) -> String {
    requirement_text(locale, demand, None, &line.requirement, answers)
}
