//! The changes a seeker makes to her answers, as data. Every question
//! screen speaks in an [`Edit`]; [`Answers::apply`] is the one place an
//! edit takes effect, so a new kind of question adds a variant here and an
//! arm there, and the app's reducer stays one line.

use std::collections::BTreeSet;

use crate::answers::{Answers, Certificate, Goal, Hours, Job, Shift, SkillContext};
use crate::questionnaire::JobTitle;
use crate::scales::{Cefr, LanguageActivity, Licence};

#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Set (or, with `None`, mark as "I don't know") a rating.
    Rate {
        item: String,
        level: Option<u8>,
    },
    /// Where a rated skill was learned, what backs it, what the seeker wants.
    Context {
        item: String,
        context: SkillContext,
    },
    /// Tick or untick a specific skill the seeker was shown.
    Tick {
        skill: String,
        has: bool,
    },
    Education(Option<u8>),
    Goal(Option<Goal>),
    /// The licences held; `None` clears the answer.
    Licences(Option<BTreeSet<Licence>>),
    /// Add a language (with nothing rated yet) or remove one.
    AddLanguage(String),
    RemoveLanguage(String),
    /// Rate one CEFR activity of a language; `None` clears it.
    RateLanguage {
        language: String,
        activity: LanguageActivity,
        level: Option<Cefr>,
    },
    AddCertificate(Certificate),
    RemoveCertificate(usize),
    Hours(Option<Hours>),
    /// Switch one shift on or off.
    Shift(Shift, bool),
    /// Add (true) or take away a municipality she wants to work in, by its
    /// SCB code; anything but four digits is ignored.
    Municipality(String, bool),
    /// Add a job title the seeker has worked as (once).
    AddJob(JobTitle),
    RemoveJob(usize),
    /// Skills the seeker was shown in a checklist: unticked ones become
    /// "not done" rather than unknown.
    ShowSkills(Vec<String>),
}

impl Answers {
    /// Makes `edit`. An index that is not there changes nothing.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Rate { item, level } => self.levels.entry(item).or_default().level = level,
            Edit::Context { item, context } => {
                self.levels.entry(item).or_default().context = context;
            }
            Edit::Tick { skill, has } => self.skills.entry(skill).or_default().has = has,
            Edit::Education(level) => self.education = level,
            Edit::Goal(goal) => self.goal = goal,
            Edit::Licences(held) => self.licences = held,
            Edit::AddLanguage(language) => {
                self.languages.entry(language).or_default();
            }
            Edit::RemoveLanguage(language) => {
                self.languages.remove(&language);
            }
            Edit::RateLanguage {
                language,
                activity,
                level,
            } => {
                let rated = self.languages.entry(language).or_default();
                match level {
                    Some(level) => rated.insert(activity, level),
                    None => rated.remove(&activity),
                };
            }
            Edit::AddCertificate(certificate) => self.certificates.push(certificate),
            Edit::RemoveCertificate(index) => {
                if index < self.certificates.len() {
                    self.certificates.remove(index);
                }
            }
            Edit::Hours(hours) => self.preferences.hours = hours,
            Edit::Shift(shift, on) => {
                let shifts = &mut self.preferences.shifts;
                shifts.retain(|s| *s != shift);
                if on {
                    shifts.push(shift);
                    shifts.sort();
                }
            }
            Edit::Municipality(code, wanted) => {
                let places = &mut self.preferences.municipalities;
                places.retain(|m| *m != code);
                // Four digits, as SCB's codes are; the list itself
                // (core::municipalities) stays out of the first screen, and
                // so does a sort of strings: each goes in at its place.
                if wanted && code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()) {
                    let at = places.partition_point(|m| *m < code);
                    places.insert(at, code);
                }
            }
            Edit::AddJob(title) => {
                let known = self
                    .work_history
                    .iter()
                    .any(|j| j.occupation_id.as_deref() == Some(title.id.as_str()));
                if !known {
                    self.work_history.push(Job {
                        title: title.label,
                        ssyk: Some(title.ssyk),
                        occupation_id: Some(title.id),
                        years: None,
                    });
                }
            }
            Edit::RemoveJob(index) => {
                if index < self.work_history.len() {
                    self.work_history.remove(index);
                }
            }
            Edit::ShowSkills(skills) => {
                for skill in skills {
                    self.skills.entry(skill).or_default();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Learned;

    fn applied(edits: impl IntoIterator<Item = Edit>) -> Answers {
        let mut answers = Answers::default();
        for edit in edits {
            answers.apply(edit);
        }
        answers
    }

    #[test]
    fn a_rating_keeps_its_context_and_dont_know_is_unknown() {
        let context = SkillContext {
            learned: vec![Learned::Work],
            ..SkillContext::default()
        };
        let answers = applied([
            Edit::Context {
                item: "2.B.1.a".into(),
                context: context.clone(),
            },
            Edit::Rate {
                item: "2.B.1.a".into(),
                level: Some(3),
            },
            Edit::Rate {
                item: "2.A.1.a".into(),
                level: None,
            },
        ]);
        assert_eq!(answers.levels["2.B.1.a"].level, Some(3));
        assert_eq!(answers.levels["2.B.1.a"].context, context);
        // "I don't know" is answered as unknown, never as 0.
        assert_eq!(answers.levels["2.A.1.a"].level, None);
    }

    #[test]
    fn shown_skills_are_not_done_until_ticked() {
        let answers = applied([
            Edit::ShowSkills(vec!["a".into(), "b".into()]),
            Edit::Tick {
                skill: "b".into(),
                has: true,
            },
            // Showing again never unticks.
            Edit::ShowSkills(vec!["b".into()]),
        ]);
        assert!(!answers.skills["a"].has);
        assert!(answers.skills["b"].has);
    }

    #[test]
    fn a_job_is_added_once_and_removed_by_its_place() {
        let title = JobTitle {
            id: "x1".into(),
            label: "Undersköterska".into(),
            ssyk: "5321".into(),
        };
        let mut answers = applied([Edit::AddJob(title.clone()), Edit::AddJob(title)]);
        assert_eq!(answers.work_history.len(), 1);
        assert_eq!(answers.work_history[0].ssyk.as_deref(), Some("5321"));
        answers.apply(Edit::RemoveJob(5));
        assert_eq!(
            answers.work_history.len(),
            1,
            "no job at 5: nothing changes"
        );
        answers.apply(Edit::RemoveJob(0));
        assert!(answers.work_history.is_empty());
    }

    #[test]
    fn languages_shifts_and_certificates() {
        let mut answers = applied([
            Edit::AddLanguage("sv".into()),
            Edit::RateLanguage {
                language: "sv".into(),
                activity: LanguageActivity::Reading,
                level: Some(Cefr::B1),
            },
            Edit::Shift(Shift::Night, true),
            Edit::Shift(Shift::Day, true),
            Edit::Shift(Shift::Night, false),
            Edit::AddCertificate(Certificate {
                name: "Truckkort".into(),
                year: Some(2020),
            }),
        ]);
        assert_eq!(
            answers.languages["sv"].get(&LanguageActivity::Reading),
            Some(&Cefr::B1)
        );
        assert_eq!(answers.preferences.shifts, [Shift::Day]);
        for edit in [
            Edit::Municipality("1785".into(), true),
            Edit::Municipality("1780".into(), true),
            Edit::Municipality("1785".into(), true),
            Edit::Municipality("Säffle".into(), true),
            Edit::Municipality("1780".into(), false),
        ] {
            answers.apply(edit);
        }
        assert_eq!(
            answers.preferences.municipalities,
            ["1785"],
            "once, codes only, in order"
        );
        answers.apply(Edit::RateLanguage {
            language: "sv".into(),
            activity: LanguageActivity::Reading,
            level: None,
        });
        assert!(answers.languages["sv"].is_empty(), "cleared, still listed");
        answers.apply(Edit::RemoveLanguage("sv".into()));
        assert!(answers.languages.is_empty());
        answers.apply(Edit::RemoveCertificate(1));
        assert_eq!(answers.certificates.len(), 1);
        answers.apply(Edit::RemoveCertificate(0));
        assert!(answers.certificates.is_empty());
    }
}
