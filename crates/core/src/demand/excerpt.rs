//! A demand file cut to a few of its occupations, for a page that shows
//! only those while the whole file is held elsewhere (the performance
//! issue's worker): the same scores, explanations and offers for them, at a
//! fraction of the bytes and memory.

use std::collections::BTreeSet;

use super::{DemandFile, Requirement};
use crate::demand::Closes;

impl DemandFile {
    /// The file with only the occupations at `indexes`, in that order, and
    /// the skills they name. Everything else stays: the header and hash
    /// (the file's identity), its sources, the rated elements and every
    /// training, less what it closes that none of them requires. So an
    /// occupation scores, explains and is offered trainings exactly as in
    /// the whole file: its figures depend on nothing of another's.
    pub fn excerpt(&self, indexes: &[usize]) -> DemandFile {
        let occupations: Vec<_> = indexes
            .iter()
            .filter_map(|&i| self.occupations.get(i).cloned())
            .collect();
        let named: BTreeSet<&str> = occupations
            .iter()
            .flat_map(|o| &o.requirements)
            .filter_map(|r| match r {
                Requirement::Skill { skill, .. } => Some(skill.as_str()),
                _ => None,
            })
            .collect();
        let skills = self
            .skills
            .iter()
            .filter(|s| named.contains(s.id.as_str()))
            .cloned()
            .collect();
        let mut trainings = self.trainings.clone();
        for training in &mut trainings {
            training.closes.retain(|c| match c {
                Closes::Skill { skill } => named.contains(skill.as_str()),
                _ => true,
            });
        }
        DemandFile {
            occupations,
            skills,
            trainings,
            ..self.clone_without_occupations()
        }
    }

    fn clone_without_occupations(&self) -> DemandFile {
        DemandFile {
            format: self.format.clone(),
            id: self.id.clone(),
            title: self.title.clone(),
            publisher: self.publisher.clone(),
            region: self.region.clone(),
            published: self.published.clone(),
            valid_until: self.valid_until.clone(),
            licence: self.licence.clone(),
            attribution: self.attribution.clone(),
            sources: self.sources.clone(),
            elements: self.elements.clone(),
            skills: Vec::new(),
            occupations: Vec::new(),
            trainings: Vec::new(),
            sha256: self.sha256.clone(),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::answers::{Answers, LevelAnswer, SkillAnswer};
    use crate::scoring::Scorer;
    use crate::validation::Problems;

    /// A care worker's answers: a few ratings, some of an assistant
    /// nurse's skills ticked, upper secondary school.
    pub(crate) fn answers(demand: &super::DemandFile) -> Answers {
        let mut answers = Answers::default();
        for (k, e) in demand.elements.iter().take(12).enumerate() {
            answers.levels.insert(
                e.id.clone(),
                LevelAnswer {
                    level: Some((k % 5) as u8),
                    ..Default::default()
                },
            );
        }
        for skill in demand.group_skills("5321").take(6) {
            answers.skills.insert(
                skill.to_owned(),
                SkillAnswer {
                    has: true,
                    ..Default::default()
                },
            );
        }
        answers.education = Some(3);
        answers
    }

    /// The occupations a page shows score, explain and are offered
    /// trainings in the excerpt exactly as in the whole file; the excerpt
    /// is a valid file of its own, a small part of the whole.
    #[test]
    fn an_excerpt_scores_its_occupations_as_the_whole_file_does() {
        let text = include_str!("../../../../static/content/demand-sverige.json");
        let whole = crate::json::parse_demand(text).unwrap();
        let answers = answers(&whole);
        let full = Scorer::new(&whole);
        let seeker = full.seeker(&answers);
        let shown: Vec<usize> = full
            .rank(&seeker)
            .iter()
            .take(20)
            .map(|r| r.index)
            .collect();
        let excerpt = whole.excerpt(&shown);
        let mut problems = Problems::default();
        excerpt.validate(&mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let bytes = serde_json::to_string(&excerpt).unwrap().len();
        assert!(bytes * 10 < text.len(), "{bytes} bytes");

        let part = Scorer::new(&excerpt);
        let part_seeker = part.seeker(&answers);
        let ranked = part.rank(&part_seeker);
        assert_eq!(ranked.len(), 20);
        let mut offered_any = false;
        for (j, &i) in shown.iter().enumerate() {
            assert_eq!(ranked[j].index, j, "the same order");
            let (a, b) = (
                full.explain(i, &seeker, "sv"),
                part.explain(j, &part_seeker, "sv"),
            );
            assert_eq!(a, b, "{}", whole.occupations[i].id);
            let offers = |s: &Scorer<'_>, k: usize, e| {
                s.offers(k, &answers, e)
                    .iter()
                    .map(|o| (o.training.id.clone(), o.gaps, o.readiness_after))
                    .collect::<Vec<_>>()
            };
            let offered = offers(&full, i, &a);
            assert_eq!(offered, offers(&part, j, &b));
            offered_any |= !offered.is_empty();
        }
        assert!(offered_any, "some shown occupation is offered a training");
    }
}
