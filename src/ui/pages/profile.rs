use std::rc::Rc;

use yew::prelude::*;

use crate::core::guidance::{next_steps, Coach, Reason};
use crate::core::profile::Profile;
use crate::core::scoring::Status;
use crate::i18n::{t, t_args};
use crate::ui::app::use_app;
use crate::ui::components::demand_panel::demand_identity;
use crate::ui::components::later::Later;
use crate::ui::components::profile_summary::ProfileSummary;
use crate::ui::content::Load;
use crate::ui::state::{Action, Page, TOP};

/// An opened profile as the coach reads it: where it came from and what
/// differs from this app's files, which coach fits the next step, the
/// seeker's answers, and the matches against the demand file in use.
#[component]
pub fn ProfilePage() -> Html {
    let state = use_app();
    let locale = state.locale;
    // The matches are scored on the page's part of the file, once the
    // worker has answered with the profile's own and the best ones.
    let (Some(opened), Load::Ready(q), Some(scorer), Some(_)) = (
        &state.opened,
        &state.questionnaire,
        state.scorer(),
        state.listed(),
    ) else {
        return html! { <p role="status">{ t(locale, "results-loading") }</p> };
    };
    let demand = scorer.demand();
    let saved = &opened.profile;
    // The seeker's answers (as continued here, if they were) scored now.
    let answers = state
        .session
        .as_ref()
        .map_or(&saved.answers, |s| &s.answers);
    let now = Profile::assemble(
        answers,
        q,
        scorer,
        saved.created_at.clone(),
        locale.content_lang(),
        TOP,
    );
    let shown = Profile {
        answers: answers.clone(),
        included: saved.included.clone(),
        evidence: saved.evidence.clone(),
        ..now.clone()
    };
    let ours = &now.demand;
    let same_demand =
        saved.demand.sha256.len() >= 16 && ours.sha256.starts_with(&saved.demand.sha256);
    let same_questionnaire =
        saved.questionnaire.id == q.id && saved.questionnaire.version == q.version;
    let best = now.matches.first().map(|m| m.readiness.as_f64());
    let closable = now.matches.iter().any(|m| {
        m.breakdown
            .iter()
            .any(|l| l.status != Status::Met && !l.trainings.is_empty())
    });
    let steps = next_steps(answers, best, closable);

    // Many profiles are a matching centre's, never a kiosk's.
    #[cfg(feature = "matching")]
    let add_to_centre = match state.kiosk {
        None => html! { <crate::ui::pages::centre::AddToCentre /> },
        Some(_) => html! {},
    };
    #[cfg(not(feature = "matching"))]
    let add_to_centre = html! {};
    let go = |page: Page| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Navigate(page.clone())))
    };
    let date = saved.created_at.get(..10).unwrap_or(&saved.created_at);
    let counts = [
        (opened.unread.ratings, "coach-unread-ratings"),
        (opened.unread.jobs, "coach-unread-jobs"),
        (opened.unread.skills, "coach-unread-skills"),
    ];

    html! {
        <section class="coach" aria-labelledby="coach-title">
            <h1 id="coach-title">{ t(locale, "coach-title") }</h1>
            <p data-testid="coach-source">{ if opened.file.is_empty() {
                t_args(locale, "coach-from-code", &[("date", date)])
            } else {
                t_args(locale, "coach-from-file", &[("file", &opened.file), ("date", date)])
            } }</p>
            if !same_questionnaire {
                <p class="notice" data-testid="coach-other-questionnaire">{ t_args(locale, "coach-other-questionnaire", &[
                    ("theirs", &format!("{} {}", saved.questionnaire.id, saved.questionnaire.version)),
                    ("ours", &format!("{} {}", q.id, q.version)),
                ]) }</p>
            }
            if !same_demand {
                <p class="notice" data-testid="coach-other-demand">{ t_args(locale, "coach-other-demand", &[
                    ("theirs", if saved.demand.publisher.is_empty() { &saved.demand.id } else { &saved.demand.publisher }),
                    ("published", &saved.demand.published),
                    ("hash", saved.demand.short_hash()),
                ]) }</p>
            }
            { for counts.iter().filter(|(n, _)| *n > 0).map(|(n, key)| html! {
                <p class="notice" data-testid="coach-unread">{ t_args(locale, key, &[("count", &n.to_string())]) }</p>
            }) }
            <section class="next-step" aria-labelledby="next-step-title">
                <h2 id="next-step-title">{ t(locale, "coach-next-step") }</h2>
                <dl data-testid="next-steps">{ for steps.iter().map(|(coach, reason)| html! {
                    <>
                        <dt>{ t(locale, coach_key(*coach)) }</dt>
                        <dd>{ t(locale, reason_key(*reason)) }</dd>
                    </>
                }) }</dl>
                <p class="hint">{ t(locale, "coach-next-step-hint") }</p>
            </section>
            <div class="actions">
                <button type="button" onclick={go(Page::Results)}>{ t(locale, "coach-see-results") }</button>
                <button type="button" onclick={go(Page::Questionnaire)}>{ t(locale, "coach-continue") }</button>
                { add_to_centre }
            </div>
            <h2>{ t(locale, "coach-answers") }</h2>
            // The answers and matches, the page's longest part, come in the
            // next task.
            <Later>
                <ProfileSummary profile={Rc::new(shown)} langs={vec![locale]} />
            </Later>
            if !same_demand && !saved.matches.is_empty() {
                <section class="saved-matches">
                    <h2>{ t(locale, "coach-saved-matches") }</h2>
                    <ol>{ for saved.matches.iter().map(|m| {
                        let score = format!("{:.0}", m.score.as_f64());
                        let readiness = format!("{:.0}", m.readiness.as_f64());
                        html! { <li><span class="label">{ &m.label }</span><br />{ t_args(locale, "summary-match-line", &[("score", &score), ("readiness", &readiness)]) }</li> }
                    }) }</ol>
                </section>
            }
            { demand_identity(locale, demand) }
        </section>
    }
}

fn coach_key(c: Coach) -> &'static str {
    match c {
        Coach::AdultEducation => "coach-adult-education",
        Coach::LabourMarket => "coach-labour-market",
        Coach::Business => "coach-business",
    }
}

fn reason_key(r: Reason) -> &'static str {
    match r {
        Reason::WantsToStudy => "reason-wants-to-study",
        Reason::WantsOwnBusiness => "reason-own-business",
        Reason::ReadyForWork => "reason-ready-for-work",
        Reason::GapsTrainingCloses => "reason-gaps-training",
        Reason::SwedishToStrengthen => "reason-swedish",
        Reason::GoalUnclear => "reason-goal-unclear",
    }
}
