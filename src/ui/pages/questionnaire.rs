use yew::prelude::*;

use crate::core::edit::Edit;
use crate::core::questionnaire::Item;
use crate::core::questionnaire::Questionnaire;
use crate::i18n::{t, t_args};
use crate::ui::app::{use_app, AppContext};
use crate::ui::components::choice::Choice;
use crate::ui::components::goal_question::GoalQuestion;
// The first screen carries the goal only (state::on_first_screen).
#[cfg(feature = "matching")]
use crate::ui::components::{
    certificates_question::CertificatesQuestion, education_question::EducationQuestion,
    languages_question::LanguagesQuestion, level_question::LevelQuestion,
    licences_question::LicencesQuestion, preferences_question::PreferencesQuestion,
    work_history::WorkHistoryQuestion,
};
use crate::ui::content::Load;
use crate::ui::local;
use crate::ui::state::{asked, Action};

/// Fewer ratings than this say too little to nudge about.
const NUDGE_AFTER: usize = 6;

/// One section of the questionnaire per screen, with progress, back, next
/// and skip. Answers are saved by the app as they are given.
#[component]
pub fn QuestionnairePage() -> Html {
    let state = use_app();
    let locale = state.locale;
    let (Load::Ready(q), Some(session)) = (&state.questionnaire, &state.session) else {
        return html! { <p role="status">{ t(locale, "start-loading") }</p> };
    };
    #[cfg(feature = "matching")]
    if state.on_ratings() {
        return html! { <AdaptiveRatings /> };
    }
    let sections = q.sections_on(session.path, asked);
    // The adaptive path's ratings are its last part.
    let total = state.section_count();
    let index = session.section.min(sections.len().saturating_sub(1));
    let Some((section, items)) = sections.get(index) else {
        return html! {};
    };
    let (n, total_s) = ((index + 1).to_string(), total.to_string());

    // Self-ratings that do not vary cannot be matched well: say so gently.
    let rated: Vec<u8> = session
        .answers
        .levels
        .values()
        .filter_map(|a| a.level)
        .collect();
    let same = rated.len() >= NUDGE_AFTER && rated.iter().all(|&l| l == rated[0]);

    let onedit = {
        let state = state.clone();
        Callback::from(move |edit: Edit| state.dispatch(Action::Answer(edit)))
    };
    let go = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action()))
    };
    let last = index + 1 == total;

    html! {
        <section class="questionnaire" aria-labelledby="section-title">
            <p class="progress-label" id="progress-label">{ t_args(locale, "q-progress", &[("n", &n), ("total", &total_s)]) }</p>
            <progress max={total_s.clone()} value={n.clone()} aria-labelledby="progress-label"></progress>
            { also_swedish(&state, q) }
            <h1 id="section-title">{ local::with_swedish(locale, state.also_swedish, &section.title) }</h1>
            if let Some(intro) = &section.intro {
                <p>{ local::with_swedish(locale, state.also_swedish, intro) }</p>
            }
            if state.kiosk.is_none() {
                <p class="hint">{ t(locale, "q-saved") }</p>
            }
            // Every question's answers come back as edits, and go to the app.
            { for items.iter().map(|item| match item {
                #[cfg(feature = "matching")]
                Item::Level(item) => html! {
                    <LevelQuestion key={item.id.clone()} onedit={onedit.clone()} item={item.clone()} scale={q.scale.clone()}
                        answer={session.answers.levels.get(&item.id).map(|a| a.level)}
                        context={session.answers.levels.get(&item.id).map(|a| a.context.clone()).unwrap_or_default()} />
                },
                #[cfg(feature = "matching")]
                Item::Education(item) => html! {
                    <EducationQuestion key={item.id.clone()} onedit={onedit.clone()} item={item.clone()} answer={session.answers.education} />
                },
                Item::Goal(item) => html! {
                    <GoalQuestion key={item.id.clone()} onedit={onedit.clone()} item={item.clone()} answer={session.answers.goal.clone()} />
                },
                #[cfg(feature = "matching")]
                Item::Licences(item) => html! {
                    <LicencesQuestion key={item.id.clone()} onedit={onedit.clone()} item={item.clone()} answer={session.answers.licences.clone()} />
                },
                #[cfg(feature = "matching")]
                Item::Languages(item) => html! {
                    <LanguagesQuestion key={item.id.clone()} onedit={onedit.clone()} item={item.clone()} answer={session.answers.languages.clone()} />
                },
                #[cfg(feature = "matching")]
                Item::Certificates(item) => html! {
                    <CertificatesQuestion key={item.id.clone()} onedit={onedit.clone()} item={item.clone()} answer={session.answers.certificates.clone()} />
                },
                #[cfg(feature = "matching")]
                Item::Preferences(item) => html! {
                    <PreferencesQuestion key={item.id.clone()} onedit={onedit.clone()} item={item.clone()} answer={session.answers.preferences.clone()} />
                },
                #[cfg(feature = "matching")]
                Item::WorkHistory(item) => html! {
                    <WorkHistoryQuestion key={item.id.clone()} onedit={onedit.clone()} item={item.clone()} answers={session.answers.clone()} />
                },
                // Not asked on its own (see `asked`); on the first screen,
                // a question it does not carry, which the whole app shows.
                #[allow(unreachable_patterns)]
                _ => html! {},
            }) }
            if same {
                <p class="nudge" role="status">{ t(locale, "q-same-level") }</p>
            }
            <nav class="step-nav">
                <button type="button" onclick={go(|| Action::PreviousSection)}>{ t(locale, "q-back") }</button>
                <button type="button" onclick={go(|| Action::NextSection)}>{ t(locale, "q-skip") }</button>
                <button type="button" class="primary" onclick={go(|| Action::NextSection)}>
                    { t(locale, if last { "q-finish" } else { "q-next" }) }
                </button>
            </nav>
        </section>
    }
}

/// Questions in two languages: for a coach beside the seeker, or a seeker
/// learning Swedish. Offered where there is a translation.
fn also_swedish(state: &AppContext, q: &Questionnaire) -> Html {
    let locale = state.locale;
    if locale.reads_swedish() || !q.languages.iter().any(|l| l == locale.content_lang()) {
        return html! {};
    }
    let onchange = {
        let state = state.clone();
        Callback::from(move |on: bool| state.dispatch(Action::AlsoSwedish(on)))
    };
    html! {
        <Choice id="also-swedish" label={t(locale, "q-also-swedish")} checked={state.also_swedish} {onchange} />
    }
}

/// The adaptive path's ratings, one a screen, each chosen from the answers
/// so far (core::adaptive, in the demand-file worker): how many are about
/// left, the rating, and the ways out of the path at any time.
#[cfg(feature = "matching")]
#[component]
fn AdaptiveRatings() -> Html {
    let state = use_app();
    let locale = state.locale;
    let (Load::Ready(q), Some(session)) = (&state.questionnaire, &state.session) else {
        return html! {};
    };
    let go = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action()))
    };
    let ways_out = html! {
        <div class="ways-out">
            <button type="button" onclick={go(|| Action::Navigate(crate::ui::state::Page::Results))}>{ t(locale, "q-results-now") }</button>
            <button type="button" onclick={go(|| Action::AllQuestions)}>{ t(locale, "q-all-questions") }</button>
        </div>
    };
    let item = match state.rating_on_screen() {
        Some(item) if !state.choosing => item,
        _ => {
            return html! {
                <section class="questionnaire" aria-busy="true">
                    <p role="status">{ t(locale, "q-choosing") }</p>
                    { ways_out }
                </section>
            }
        }
    };
    let n = session.asked.len();
    let left = session.about_left.unwrap_or(1).max(1);
    let (n_s, total_s) = (n.to_string(), (n - 1 + left).to_string());
    let title = q
        .sections
        .iter()
        .find(|s| s.items.iter().any(|i| i.id() == item.id))
        .map(|s| local::with_swedish(locale, state.also_swedish, &s.title));
    let onedit = {
        let state = state.clone();
        Callback::from(move |edit: Edit| state.dispatch(Action::Answer(edit)))
    };
    let answer = session.answers.levels.get(&item.id);
    html! {
        <section class="questionnaire" aria-labelledby="section-title">
            <p class="progress-label" id="progress-label">{ t_args(locale, "q-rating-progress", &[("n", &n_s), ("total", &total_s)]) }</p>
            <progress max={total_s.clone()} value={n_s.clone()} aria-labelledby="progress-label"></progress>
            { also_swedish(&state, q) }
            <h1 id="section-title">{ title.unwrap_or_default() }</h1>
            <p class="hint">{ t(locale, "q-adaptive-why") }</p>
            <LevelQuestion key={item.id.clone()} onedit={onedit} item={item.clone()} scale={q.scale.clone()}
                answer={answer.map(|a| a.level)}
                context={answer.map(|a| a.context.clone()).unwrap_or_default()} />
            <nav class="step-nav">
                <button type="button" onclick={go(|| Action::PreviousSection)}>{ t(locale, "q-back") }</button>
                <button type="button" onclick={go(|| Action::NextSection)}>{ t(locale, "q-skip") }</button>
                <button type="button" class="primary" onclick={go(|| Action::NextSection)}>{ t(locale, "q-next") }</button>
            </nav>
            { ways_out }
        </section>
    }
}
