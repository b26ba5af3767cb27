//! One occupation's explanation as a seeker reads it: the two figures as
//! bars, the strongest reasons, the gaps that cost most with the training
//! for each, and the whole breakdown folded away, its points adding up on
//! screen to the figures above. The occupation page, the results list and
//! the coach's view show the same parts.

use yew::prelude::*;

use crate::core::answers::Answers;
use crate::core::demand::{DemandFile, Requirement};
use crate::core::explanation::{self, whole_step};
use crate::core::questionnaire::Questionnaire;
use crate::core::scoring::{Explained, MatchLine, Offer, Points, ReadinessLine, Status};
use crate::i18n::{decimal, t, t_args, Locale};
use crate::ui::keys;
use crate::ui::local;
use crate::ui::state::AppState;

/// A level in the seeker's own words from the questionnaire, with its
/// step: "Bra (3)".
pub fn level_words(locale: Locale, questionnaire: Option<&Questionnaire>, step: u8) -> String {
    let word = questionnaire
        .and_then(|q| q.scale.get(usize::from(step)))
        .map(|w| local::shown(locale, w).text.to_owned());
    match word {
        Some(word) => t_args(
            locale,
            "level-step",
            &[("word", &word), ("step", &step.to_string())],
        ),
        None => step.to_string(),
    }
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

/// The name of the element or skill a requirement rates, from the file's
/// catalogue (its id if the file names none); None for the other kinds.
pub fn item_name<'a>(locale: Locale, demand: &'a DemandFile, item: &'a str) -> &'a str {
    let lang = locale.content_lang();
    if demand.skills.iter().any(|s| s.id == item) {
        label(&demand.skills, item, lang)
    } else {
        label(&demand.elements, item, lang)
    }
}

/// A level requirement in words: the element, what the seeker rated (if
/// she did) and what the occupation needs, both in whole steps.
fn level_line(
    locale: Locale,
    demand: &DemandFile,
    questionnaire: Option<&Questionnaire>,
    element: &str,
    have: Option<u8>,
    need: f64,
) -> String {
    let name = label(&demand.elements, element, locale.content_lang());
    let need = level_words(locale, questionnaire, whole_step(need));
    match have {
        Some(have) => t_args(
            locale,
            "occ-level-line",
            &[
                ("label", name),
                ("need", &need),
                ("have", &level_words(locale, questionnaire, have)),
            ],
        ),
        None => t_args(
            locale,
            "occ-level-line-unknown",
            &[("label", name), ("need", &need)],
        ),
    }
}

/// What one requirement asks, in a sentence, with the seeker's own answer
/// where she gave one.
pub fn requirement_text(
    locale: Locale,
    demand: &DemandFile,
    questionnaire: Option<&Questionnaire>,
    requirement: &Requirement,
    answers: &Answers,
) -> String {
    let lang = locale.content_lang();
    match requirement {
        Requirement::Level { element, level, .. } => {
            let have = answers.levels.get(element).and_then(|a| a.level);
            level_line(locale, demand, questionnaire, element, have, *level)
        }
        Requirement::Skill { skill, .. } => t_args(
            locale,
            "occ-skill-line",
            &[("label", label(&demand.skills, skill, lang))],
        ),
        Requirement::Language { language, level } => {
            let name = keys::language_name(locale, language);
            t_args(
                locale,
                "occ-language-line",
                &[("language", &name), ("level", level.code())],
            )
        }
        Requirement::Licence { category } => {
            t_args(locale, "occ-licence-line", &[("category", category.code())])
        }
        Requirement::Education { isced } => {
            let named = questionnaire
                .and_then(|q| q.education_option(*isced))
                .map(|o| local::shown(locale, &o.label).text.to_owned());
            match named {
                Some(level) => t_args(locale, "occ-education-line", &[("level", &level)]),
                None => t_args(
                    locale,
                    "occ-education-line-isced",
                    &[("isced", &isced.to_string())],
                ),
            }
        }
    }
}

/// One line of the match breakdown in words.
pub fn match_line_text(
    locale: Locale,
    demand: &DemandFile,
    questionnaire: Option<&Questionnaire>,
    line: &MatchLine,
    answers: &Answers,
) -> String {
    let lang = locale.content_lang();
    match line {
        MatchLine::Level {
            element,
            seeker,
            occupation,
            ..
        } => level_line(
            locale,
            demand,
            questionnaire,
            element,
            Some(*seeker),
            *occupation,
        ),
        MatchLine::Skill { skill, .. } => t_args(
            locale,
            "occ-skill-line",
            &[("label", label(&demand.skills, skill, lang))],
        ),
        MatchLine::Formal { requirement, .. } => {
            requirement_text(locale, demand, questionnaire, requirement, answers)
        }
        MatchLine::NoLevelProfile { .. } => t(locale, "occ-match-no-profile"),
        MatchLine::NoFormalGap { .. } => t(locale, "occ-match-no-formal"),
    }
}

/// The strongest reason the occupation fits, for the results list.
pub fn first_reason(
    locale: Locale,
    demand: &DemandFile,
    questionnaire: Option<&Questionnaire>,
    explained: &Explained,
    answers: &Answers,
) -> Option<String> {
    explanation::reasons(explained)
        .first()
        .map(|line| match_line_text(locale, demand, questionnaire, line, answers))
}

#[derive(Properties, PartialEq)]
pub struct BarsProps {
    pub match_score: Points,
    pub readiness: Points,
    pub locale: Locale,
    /// One plain sentence under each bar saying what it means.
    #[prop_or_default]
    pub explained: bool,
}

/// The two figures, each as a bar with its percentage in words.
#[component]
pub fn ScoreBars(props: &BarsProps) -> Html {
    let locale = props.locale;
    let bar = |class: &'static str, key: &str, means: &str, value: Points| {
        let percent = format!("{:.0}", value.as_f64());
        html! {
            <div class={classes!("figure", class)}>
                <p class="figure-label">{ t_args(locale, key, &[("score", &percent)]) }</p>
                // The percentage is in the label; the bar only draws it (no
                // inline style: the CSP allows none).
                <meter min="0" max="100" value={percent.clone()} aria-hidden="true"></meter>
                if props.explained {
                    <p class="hint">{ t(locale, means) }</p>
                }
            </div>
        }
    };
    html! {
        <div class="figures">
            { bar("match", "results-match", "occ-match-means", props.match_score) }
            { bar("readiness", "results-readiness", "occ-readiness-means", props.readiness) }
        </div>
    }
}

/// What an explanation is shown with: the files, the answers, the locale.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub locale: Locale,
    pub demand: &'a DemandFile,
    pub questionnaire: Option<&'a Questionnaire>,
    pub answers: &'a Answers,
}

impl<'a> Context<'a> {
    /// The app's questionnaire, answers (`none` before a session) and
    /// locale, with `demand`, the page's part of the file in use.
    pub fn of(state: &'a AppState, demand: &'a DemandFile, none: &'a Answers) -> Self {
        Context {
            locale: state.locale,
            demand,
            questionnaire: state.questionnaire.ready().map(|q| q.as_ref()),
            answers: state.session.as_ref().map_or(none, |s| &s.answers),
        }
    }
}

/// The reasons and the gaps: what a seeker reads before any detail.
pub fn summary(cx: Context<'_>, explained: &Explained, offers: &[Offer<'_>]) -> Html {
    let locale = cx.locale;
    let q = cx.questionnaire;
    let reasons = explanation::reasons(explained);
    let gaps = explanation::gaps(explained, offers);
    let unticked = explanation::unticked_skills(cx.demand, explained);
    html! {
        <>
            if !reasons.is_empty() {
                <section class="reasons">
                    <h2>{ t(locale, "occ-reasons") }</h2>
                    <ul>{ for reasons.iter().map(|l| html! {
                        <li>{ match_line_text(locale, cx.demand, q, l, cx.answers) }</li>
                    }) }</ul>
                </section>
            }
            <section class="gaps">
                <h2>{ t(locale, "occ-gaps") }</h2>
                if gaps.is_empty() && unticked.is_none() {
                    <p>{ t(locale, "occ-no-gaps") }</p>
                } else {
                    <ul>
                        { for gaps.iter().map(|gap| html! {
                            <li>
                                <p>{ requirement_text(locale, cx.demand, q, &gap.line.requirement, cx.answers) }</p>
                                { training_line(locale, gap.offer.map(|o| o.training)) }
                            </li>
                        }) }
                        if let Some(skills) = &unticked {
                            <li>
                                <p>{ t_args(locale, "occ-gap-skills", &[
                                    ("count", &skills.unticked.to_string()),
                                    ("total", &skills.listed.to_string()),
                                ]) }</p>
                                { training_line(locale, skills.training) }
                            </li>
                        }
                    </ul>
                }
            </section>
        </>
    }
}

/// A training in words: its title, form and length.
pub fn training_text(locale: Locale, tr: &crate::core::demand::Training) -> String {
    let title = local::shown(locale, &tr.title).text.to_owned();
    let form = t(locale, keys::training_form(tr.form));
    match tr.duration_weeks {
        Some(weeks) => t_args(
            locale,
            "occ-gap-training",
            &[
                ("training", &title),
                ("form", &form),
                ("weeks", &weeks.to_string()),
            ],
        ),
        None => t_args(
            locale,
            "occ-gap-training-no-weeks",
            &[("training", &title), ("form", &form)],
        ),
    }
}

/// The training that closes a gap: its title, form and length, and link.
fn training_line(locale: Locale, training: Option<&crate::core::demand::Training>) -> Html {
    let Some(tr) = training else {
        return html! { <p class="hint">{ t(locale, "occ-gap-no-training") }</p> };
    };
    let text = training_text(locale, tr);
    html! {
        <p class="gap-training">
            if let Some(url) = &tr.url {
                <a href={url.clone()} rel="noopener noreferrer">{ text }</a>
            } else {
                { text }
            }
        </p>
    }
}

fn points_text(locale: Locale, tenths: i64) -> String {
    t_args(
        locale,
        "occ-points",
        &[("points", &decimal(locale, tenths as f64 / 10.0, 1))],
    )
}

/// Every line of both figures with its points, and their sums: the
/// figures shown are exactly these sums.
pub fn breakdown(cx: Context<'_>, e: &Explained) -> Html {
    let locale = cx.locale;
    let q = cx.questionnaire;
    let sum = |key: &str, testid: &'static str, tenths: i64, score: Points| {
        html! {
            <p class="sum" data-testid={testid}>
                { t_args(locale, key, &[
                    ("points", &decimal(locale, tenths as f64 / 10.0, 1)),
                    ("score", &format!("{:.0}", score.as_f64())),
                ]) }
            </p>
        }
    };
    let match_total: i64 = e
        .match_breakdown
        .iter()
        .map(|l| i64::from(l.points().0))
        .sum();
    let readiness_total: i64 = e.breakdown.iter().map(|l| i64::from(l.points.0)).sum();
    let status_key = |l: &ReadinessLine| match l.status {
        Status::Met => "occ-status-met",
        Status::Partial => "occ-status-partial",
        Status::Missing => "occ-status-missing",
        Status::Unknown => "occ-status-unknown",
    };
    html! {
        <details class="breakdown" data-testid="breakdown">
            <summary>{ t(locale, "occ-breakdown") }</summary>
            <h3>{ t(locale, "occ-breakdown-match") }</h3>
            <p class="hint">{ t(locale, "occ-breakdown-match-hint") }</p>
            <ul class="lines" data-testid="match-lines">
                { for e.match_breakdown.iter().map(|l| html! {
                    <li>
                        <span>{ match_line_text(locale, cx.demand, q, l, cx.answers) }</span>
                        <span class="points" data-tenths={l.points().0.to_string()}>{ points_text(locale, i64::from(l.points().0)) }</span>
                    </li>
                }) }
            </ul>
            { sum("occ-sum", "match-sum", match_total, e.score) }
            <h3>{ t(locale, "occ-breakdown-readiness") }</h3>
            <p class="hint">{ t(locale, "occ-breakdown-readiness-hint") }</p>
            <ul class="lines" data-testid="readiness-lines">
                { for e.breakdown.iter().map(|l| html! {
                    <li class={classes!(format!("status-{}", status_key(l).trim_start_matches("occ-status-")))}>
                        <span>{ requirement_text(locale, cx.demand, q, &l.requirement, cx.answers) }</span>
                        <span class="status">{ t(locale, status_key(l)) }</span>
                        <span class="points" data-tenths={l.points.0.to_string()}>{ points_text(locale, i64::from(l.points.0)) }</span>
                    </li>
                }) }
            </ul>
            { sum("occ-sum", "readiness-sum", readiness_total, e.readiness) }
        </details>
    }
}
