use yew::prelude::*;

use crate::core::answers::Answers;
use crate::core::demand::{DemandFile, Requirement, Training};
use crate::core::scoring::{ReadinessLine, Status};
use crate::i18n::{t, t_args, Locale};
use crate::ui::app::AppContext;
use crate::ui::components::demand_panel::demand_identity;
use crate::ui::components::outlook::{OutlookBadge, Props as OutlookProps};
use crate::ui::content::Load;
use crate::ui::local;
use crate::ui::state::{Action, IndexedDemand, Page};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

/// One occupation's explanation: what is met, partly met, missing and
/// unknown, and the trainings that close the gaps, with "what if".
#[component]
pub fn OccupationPage(props: &Props) -> Html {
    let state = use_context::<AppContext>().expect("OccupationPage is rendered inside App");
    let locale = state.locale;
    let lang = locale.content_lang();
    let what_if = use_state(|| None::<String>);
    let Load::Ready(demand) = &state.demand else {
        return html! { <p role="status">{ t(locale, "results-loading") }</p> };
    };
    let Some(index) = demand.occupations.iter().position(|o| o.id == props.id) else {
        return html! {};
    };
    let empty = Answers::default();
    let answers = state.session.as_ref().map_or(&empty, |s| &s.answers);
    let mut fresh = None;
    let scorer = IndexedDemand::scorer_for(state.indexed.as_ref(), demand, &mut fresh);
    let explained = scorer.explain(index, &scorer.seeker(answers), lang);
    let occupation = &demand.occupations[index];

    let group = |status: Status, key: &str| {
        let lines: Vec<&ReadinessLine> = explained
            .breakdown
            .iter()
            .filter(|l| l.status == status)
            .collect();
        if lines.is_empty() {
            return html! {};
        }
        html! {
            <section class={classes!("group", format!("{status:?}").to_lowercase())}>
                <h2>{ t(locale, key) }</h2>
                <ul>{ for lines.iter().map(|l| html! { <li>{ describe(locale, demand, l, answers) }</li> }) }</ul>
            </section>
        }
    };

    // Trainings that close a known gap, most readiness per week first.
    let trainings = scorer.offers(index, answers, &explained);

    let back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Navigate(Page::Results)))
    };
    let score = format!("{:.0}", explained.score.as_f64());
    let readiness = format!("{:.0}", explained.readiness.as_f64());
    let coverage = format!("{:.0}", explained.coverage.as_f64());

    html! {
        <section class="occupation" aria-labelledby="occupation-title">
            <h1 id="occupation-title">{ local::marked(locale, &occupation.label) }</h1>
            if let Some(d) = &occupation.description {
                <p>{ local::marked(locale, d) }</p>
            }
            <p class="scores">
                <span class="match">{ t_args(locale, "results-match", &[("score", &score)]) }</span>
                <span class="readiness">{ t_args(locale, "results-readiness", &[("score", &readiness)]) }</span>
            </p>
            <p>{ t_args(locale, "occ-coverage", &[("coverage", &coverage)]) }</p>
            <p class="hint">{ t_args(locale, "occ-match-explained", &[("score", &score)]) }</p>
            <OutlookBadge ..OutlookProps::of(occupation, demand, locale) />
            if let Some(says) = occupation.outlook_for(demand.region.county.as_deref()).and_then(|o| o.says.as_ref()) {
                <blockquote class="outlook-says">{ local::marked(locale, says) }</blockquote>
            }
            if let Some(note) = &occupation.note {
                <p class="note"><strong>{ t(locale, "occ-note") }</strong>{ " " }{ local::marked(locale, note) }</p>
            }
            { group(Status::Met, "occ-met") }
            { group(Status::Partial, "occ-partial") }
            { group(Status::Missing, "occ-missing") }
            { group(Status::Unknown, "occ-unknown") }
            if !trainings.is_empty() {
                <section class="trainings">
                    <h2>{ t(locale, "occ-trainings") }</h2>
                    <ul>
                        { for trainings.iter().map(|offer| {
                            let (tr, gaps) = (offer.training, offer.gaps);
                            let id = tr.id.clone();
                            let what_if = what_if.clone();
                            let open = what_if.as_deref() == Some(tr.id.as_str());
                            let onclick = Callback::from(move |_: MouseEvent| what_if.set(Some(id.clone())));
                            let after = open.then(|| format!("{:.0}", offer.readiness_after.as_f64()));
                            html! {
                                <li class="training">
                                    <h3>{ local::marked(locale, &tr.title) }</h3>
                                    <p class="form">{ t(locale, &format!("training-form-{}", form_key(tr))) }</p>
                                    if let Some(d) = &tr.description {
                                        <p>{ local::marked(locale, d) }</p>
                                    }
                                    <p>{ t_args(locale, "occ-training-closes", &[("count", &gaps.to_string())]) }</p>
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
            { demand_identity(locale, demand) }
            <p><button type="button" class="link" onclick={back}>{ t(locale, "occ-back") }</button></p>
        </section>
    }
}

fn form_key(training: &Training) -> String {
    serde_json::to_value(training.form)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "other".to_owned())
}

fn label<'a>(
    entries: &'a [crate::core::demand::CatalogueEntry],
    id: &'a str,
    lang: &str,
) -> &'a str {
    entries
        .iter()
        .find(|e| e.id == id)
        .map_or(id, |e| e.label.get(lang).text)
}

pub fn describe(
    locale: Locale,
    demand: &DemandFile,
    line: &ReadinessLine,
    answers: &Answers,
) -> String {
    let lang = locale.content_lang();
    match &line.requirement {
        Requirement::Level { element, level, .. } => {
            let need = format!("{level:.1}");
            let name = label(&demand.elements, element, lang);
            match answers.levels.get(element).and_then(|a| a.level) {
                Some(have) => t_args(
                    locale,
                    "occ-level-line",
                    &[
                        ("label", name),
                        ("need", &need),
                        ("have", &have.to_string()),
                    ],
                ),
                None => t_args(
                    locale,
                    "occ-level-line-unknown",
                    &[("label", name), ("need", &need)],
                ),
            }
        }
        Requirement::Skill { skill, .. } => t_args(
            locale,
            "occ-skill-line",
            &[("label", label(&demand.skills, skill, lang))],
        ),
        Requirement::Language { language, level } => {
            // A language the translations name, else its code.
            let key = format!("lang-{language}");
            let name = Some(t(locale, &key))
                .filter(|n| *n != key)
                .unwrap_or_else(|| language.clone());
            t_args(
                locale,
                "occ-language-line",
                &[("language", &name), ("level", &format!("{level:?}"))],
            )
        }
        Requirement::Licence { category } => t_args(
            locale,
            "occ-licence-line",
            &[("category", &format!("{category:?}"))],
        ),
        Requirement::Education { isced } => t_args(
            locale,
            "occ-education-line",
            &[("isced", &isced.to_string())],
        ),
    }
}
