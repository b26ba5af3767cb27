//! Which coach fits the seeker's next step. A transition office (as in
//! Strömstad) has three: an adult-education coach for studies and
//! training, a labour-market coach for the way into work, and a business
//! coach for starting a firm. The hint is a starting point for the coach
//! reading the profile, never a decision: each comes with its reason.

use crate::answers::{Answers, GoalKind};
use crate::scales::{Cefr, LanguageActivity};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Coach {
    AdultEducation,
    LabourMarket,
    Business,
}

/// Why a coach is suggested; each has its own sentence in the translations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    WantsToStudy,
    WantsOwnBusiness,
    /// The best match is mostly met already: ready to apply.
    ReadyForWork,
    /// The best matches have gaps that trainings close.
    GapsTrainingCloses,
    /// Swedish below B1 in some activity (or not rated at all).
    SwedishToStrengthen,
    /// No goal yet: a first mapping conversation.
    GoalUnclear,
}

/// Readiness (0–100) from which the best match counts as "ready to apply".
pub const READY: f64 = 60.0;

/// The coaches to suggest, each once, most fitting first. `best_readiness`
/// is the readiness of the best match, `closable_gaps` whether any of the
/// top matches has a gap that a training closes.
pub fn next_steps(
    answers: &Answers,
    best_readiness: Option<f64>,
    closable_gaps: bool,
) -> Vec<(Coach, Reason)> {
    fn add(out: &mut Vec<(Coach, Reason)>, coach: Coach, reason: Reason) {
        if !out.iter().any(|(c, _)| *c == coach) {
            out.push((coach, reason));
        }
    }
    let mut out = Vec::new();
    match answers.goal.as_ref().map(|g| g.kind) {
        Some(GoalKind::OwnBusiness) => add(&mut out, Coach::Business, Reason::WantsOwnBusiness),
        Some(GoalKind::Study) => add(&mut out, Coach::AdultEducation, Reason::WantsToStudy),
        Some(GoalKind::Work) => {}
        Some(GoalKind::Unsure) | None => add(&mut out, Coach::LabourMarket, Reason::GoalUnclear),
    }
    // Only a seeker who answered the language question is told about it.
    let weak_swedish = !answers.languages.is_empty()
        && answers.languages.get("sv").is_none_or(|grid| {
            LanguageActivity::ALL
                .iter()
                .any(|a| grid.get(a).is_none_or(|c| *c < Cefr::B1))
        });
    if weak_swedish {
        add(&mut out, Coach::AdultEducation, Reason::SwedishToStrengthen);
    }
    match best_readiness {
        Some(r) if r >= READY => add(&mut out, Coach::LabourMarket, Reason::ReadyForWork),
        _ if closable_gaps => add(&mut out, Coach::AdultEducation, Reason::GapsTrainingCloses),
        _ => {}
    }
    // Nothing to go on: a first conversation about the way ahead.
    if out.is_empty() {
        add(&mut out, Coach::LabourMarket, Reason::GoalUnclear);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Goal;

    fn with_goal(kind: GoalKind) -> Answers {
        Answers {
            goal: Some(Goal {
                kind,
                text: String::new(),
                occupation: None,
            }),
            ..Default::default()
        }
    }

    #[test]
    fn the_goal_leads_and_each_coach_comes_once() {
        let business = next_steps(&with_goal(GoalKind::OwnBusiness), Some(80.0), false);
        assert_eq!(business[0], (Coach::Business, Reason::WantsOwnBusiness));
        assert_eq!(business[1], (Coach::LabourMarket, Reason::ReadyForWork));
        let study = next_steps(&with_goal(GoalKind::Study), Some(20.0), true);
        assert_eq!(study, vec![(Coach::AdultEducation, Reason::WantsToStudy)]);
    }

    #[test]
    fn work_goal_depends_on_readiness_and_gaps() {
        let work = with_goal(GoalKind::Work);
        assert_eq!(
            next_steps(&work, Some(75.0), true),
            vec![(Coach::LabourMarket, Reason::ReadyForWork)]
        );
        assert_eq!(
            next_steps(&work, Some(30.0), true),
            vec![(Coach::AdultEducation, Reason::GapsTrainingCloses)]
        );
        // Nothing to go on: a first conversation with the labour-market coach.
        assert_eq!(
            next_steps(&work, None, false),
            vec![(Coach::LabourMarket, Reason::GoalUnclear)]
        );
    }

    #[test]
    fn weak_swedish_suggests_adult_education() {
        let mut a = with_goal(GoalKind::Work);
        a.languages.insert(
            "sv".into(),
            LanguageActivity::ALL
                .iter()
                .map(|x| (*x, Cefr::B2))
                .collect(),
        );
        assert_eq!(next_steps(&a, Some(70.0), false).len(), 1);
        a.languages
            .get_mut("sv")
            .unwrap()
            .insert(LanguageActivity::Writing, Cefr::A2);
        assert!(next_steps(&a, Some(70.0), false)
            .contains(&(Coach::AdultEducation, Reason::SwedishToStrengthen)));
    }
}
