//! The trainings an explanation offers: only for a gap the seeker is known
//! to have, only when it raises her readiness, the most gained per week of
//! training first.

use super::points::{to_points, Points};
use super::{Explained, Scorer};
use crate::answers::Answers;
use crate::demand::{Closes, Training};
use crate::scales::{LanguageActivity, MAX_LEVEL};

/// A training offered in an explanation: how many of the seeker's known
/// gaps it closes and the readiness it would leave her with.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer<'d> {
    pub training: &'d Training,
    pub gaps: usize,
    pub readiness_after: Points,
}

/// What a training of unknown length counts as, in weeks: a year. A short
/// one of known length wins over it, and so does one made for the gap over
/// a longer programme that also closes it (upper secondary school at
/// komvux, not a two-year higher vocational programme, for an
/// upper-secondary gap). The matching centre's routes count it the same.
pub const UNKNOWN_WEEKS: u32 = 52;

impl Offer<'_> {
    /// Readiness points gained per week of training.
    fn gain_per_week(&self, now: Points) -> f64 {
        let gain = f64::from(self.readiness_after.0) - f64::from(now.0);
        gain / f64::from(
            self.training
                .duration_weeks
                .map_or(UNKNOWN_WEEKS, u32::from)
                .max(1),
        )
    }
}

impl<'d> Scorer<'d> {
    /// The trainings that close at least one of `explained`'s known gaps,
    /// the most readiness gained per week of training first (ties: more
    /// gaps closed, then id). A training closing nothing the seeker lacks
    /// is never offered.
    pub fn offers(
        &self,
        occupation: usize,
        answers: &Answers,
        explained: &Explained,
    ) -> Vec<Offer<'d>> {
        let mut offers: Vec<Offer<'d>> = self
            .demand
            .trainings
            .iter()
            .filter_map(|training| {
                let gaps = explained
                    .breakdown
                    .iter()
                    .filter(|l| l.trainings.contains(&training.id))
                    .count();
                if gaps == 0 {
                    return None;
                }
                let after = after_training(answers, training);
                let readiness_after =
                    to_points(self.scores(occupation, &self.seeker(&after)).readiness);
                // One that would leave readiness where it is closes nothing
                // the seeker lacks (say, upper secondary for a degree gap).
                (readiness_after > explained.readiness).then_some(Offer {
                    training,
                    gaps,
                    readiness_after,
                })
            })
            .collect();
        let now = explained.readiness;
        offers.sort_by(|a, b| {
            b.gain_per_week(now)
                .total_cmp(&a.gain_per_week(now))
                .then(b.gaps.cmp(&a.gaps))
                .then(a.training.id.cmp(&b.training.id))
        });
        offers
    }
}

/// The answers as they would be after completing `training`: levels raised
/// to what it teaches, skills ticked, licences and languages added. Nothing
/// is ever lowered.
pub fn after_training(answers: &Answers, training: &Training) -> Answers {
    let mut after = answers.clone();
    for closes in &training.closes {
        match closes {
            Closes::Level { element, level } => {
                let reached = level.ceil().clamp(0.0, f64::from(MAX_LEVEL)) as u8;
                let answer = after.levels.entry(element.clone()).or_default();
                answer.level = Some(answer.level.map_or(reached, |have| have.max(reached)));
            }
            Closes::Skill { skill } => after.skills.entry(skill.clone()).or_default().has = true,
            Closes::Language { language, level } => {
                let rated = after.languages.entry(language.clone()).or_default();
                for activity in LanguageActivity::ALL {
                    let have = rated.entry(activity).or_insert(*level);
                    *have = (*have).max(*level);
                }
            }
            Closes::Licence { category } => {
                after
                    .licences
                    .get_or_insert_with(Default::default)
                    .insert(*category);
            }
            Closes::Education { isced } => {
                after.education = Some(after.education.map_or(*isced, |have| have.max(*isced)));
            }
        }
    }
    after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demand::TrainingForm;
    use crate::scales::{Cefr, Licence};
    use crate::text::Text;

    #[test]
    fn a_training_raises_what_it_teaches_and_never_lowers_anything() {
        let mut answers = Answers::default();
        answers.levels.entry("care".into()).or_default().level = Some(4);
        answers.education = Some(6);
        let training = Training {
            id: "t".into(),
            title: Text::sv("Kurs"),
            form: TrainingForm::Komvux,
            closes: vec![
                Closes::Level {
                    element: "care".into(),
                    level: 2.0,
                },
                Closes::Level {
                    element: "math".into(),
                    level: 1.4,
                },
                Closes::Skill {
                    skill: "hygiene".into(),
                },
                Closes::Language {
                    language: "sv".into(),
                    level: Cefr::B1,
                },
                Closes::Licence {
                    category: Licence::B,
                },
                Closes::Education { isced: 3 },
            ],
            description: None,
            duration_weeks: Some(10),
            url: None,
            codes: Default::default(),
        };
        let after = after_training(&answers, &training);
        assert_eq!(after.levels["care"].level, Some(4), "4 stays 4");
        assert_eq!(
            after.levels["math"].level,
            Some(2),
            "a part step counts whole"
        );
        assert!(after.skills["hygiene"].has);
        assert_eq!(after.languages["sv"].len(), LanguageActivity::ALL.len());
        assert!(after.licences.unwrap().contains(&Licence::B));
        assert_eq!(after.education, Some(6), "a degree stays a degree");
    }
}
