//! What a seeker reads first about one occupation, chosen from its full
//! explanation: the strongest reasons it fits, the gaps that cost the most
//! with the training that closes each, and what she has not answered. The
//! page, the print-out and the coach's view all show this same summary
//! before the whole breakdown.

use crate::demand::{Closes, DemandFile, Requirement, Training};
use crate::scoring::{matters, Explained, MatchLine, Offer, ReadinessLine, Status};

/// How many reasons and gaps the summary shows: three, so that it is read
/// in a minute on a phone.
pub const SHOWN: usize = 3;

/// A level on the 0–4 scale in whole steps, as the seeker rated: an
/// occupation's mean level (2.8) is shown as the step it is nearest (3).
pub fn whole_step(level: f64) -> u8 {
    level.round().clamp(0.0, 4.0) as u8
}

/// Whether a requirement asks for anything at all in whole steps: a level
/// whose need rounds to 0 is met by everyone and is no reason, nor a gap.
pub fn asks_something(requirement: &Requirement) -> bool {
    !matches!(requirement, Requirement::Level { level, .. } if whole_step(*level) == 0)
}

/// The match lines that count most for the occupation, largest first
/// (levels and skills before formal requirements): its strongest reasons. Only what the seeker meets in whole steps is a
/// reason; lines that ask nothing, or count against, are left out.
pub fn reasons(explained: &Explained) -> Vec<&MatchLine> {
    let mut lines: Vec<&MatchLine> = explained
        .match_breakdown
        .iter()
        .filter(|l| l.points().0 > 0)
        .filter(|l| match l {
            MatchLine::Level {
                seeker, occupation, ..
            } => whole_step(*occupation) > 0 && *seeker >= whole_step(*occupation),
            MatchLine::Skill { .. } => true,
            MatchLine::Formal { credit, .. } => *credit >= 1.0,
            MatchLine::NoLevelProfile { .. } | MatchLine::NoFormalGap { .. } => false,
        })
        .collect();
    // What the seeker can do comes before what she holds on paper: a met
    // education requirement is true of many occupations and tells little.
    let formal = |l: &MatchLine| matches!(l, MatchLine::Formal { .. });
    lines.sort_by(|a, b| formal(a).cmp(&formal(b)).then(b.points().cmp(&a.points())));
    lines.truncate(SHOWN);
    lines
}

/// A gap the seeker is known to have, and the quickest training offered
/// for it, if any.
#[derive(Debug)]
pub struct Gap<'e, 'd> {
    pub line: &'e ReadinessLine,
    pub offer: Option<&'e Offer<'d>>,
}

/// The readiness points a line leaves on the table: its weight times what
/// is not yet met.
fn cost(line: &ReadinessLine) -> f64 {
    line.weight * (1.0 - line.credit)
}

/// Whether the seeker's rating reaches a level requirement in the whole
/// steps she is shown: "you have Fairly well (2), the job needs Fairly
/// well (2)" is no gap to her, though 2 of 2.4 earns partial points.
fn met_in_whole_steps(explained: &Explained, requirement: &Requirement) -> bool {
    let Requirement::Level { element, level, .. } = requirement else {
        return false;
    };
    explained.match_breakdown.iter().any(|m| {
        matches!(m, MatchLine::Level { element: e, seeker, .. }
            if e == element && *seeker >= whole_step(*level))
    })
}

/// The known gaps in requirements that matter (at least "important") that
/// cost the most readiness, each with the first (the quickest) of `offers`
/// that closes it. A level met in whole steps is no gap.
pub fn gaps<'e, 'd>(explained: &'e Explained, offers: &'e [Offer<'d>]) -> Vec<Gap<'e, 'd>> {
    let mut lines: Vec<&ReadinessLine> = explained
        .breakdown
        .iter()
        .filter(|l| matches!(l.status, Status::Partial | Status::Missing))
        .filter(|l| asks_something(&l.requirement) && matters(&l.requirement))
        .filter(|l| !met_in_whole_steps(explained, &l.requirement))
        .collect();
    lines.sort_by(|a, b| cost(b).total_cmp(&cost(a)));
    lines
        .into_iter()
        .take(SHOWN)
        .map(|line| Gap {
            line,
            offer: offers
                .iter()
                .find(|o| line.trainings.contains(&o.training.id)),
        })
        .collect()
}

/// The occupation's optional skills the seeker was shown and did not tick,
/// counted together: one by one each weighs little, together they often
/// cost the most readiness.
#[derive(Debug, PartialEq)]
pub struct UntickedSkills<'d> {
    pub unticked: usize,
    /// All the specific skills the occupation lists.
    pub listed: usize,
    /// The file's training that closes the most of them, if any does.
    pub training: Option<&'d Training>,
}

pub fn unticked_skills<'d>(
    demand: &'d DemandFile,
    explained: &Explained,
) -> Option<UntickedSkills<'d>> {
    let unticked: Vec<&str> = explained
        .breakdown
        .iter()
        .filter(|l| l.status == Status::Missing)
        .filter_map(|l| match &l.requirement {
            Requirement::Skill {
                skill,
                essential: false,
            } => Some(skill.as_str()),
            _ => None,
        })
        .collect();
    if unticked.is_empty() {
        return None;
    }
    let listed = explained
        .breakdown
        .iter()
        .filter(|l| matches!(l.requirement, Requirement::Skill { .. }))
        .count();
    let closes = |t: &Training| {
        t.closes
            .iter()
            .filter(|c| matches!(c, Closes::Skill { skill } if unticked.contains(&skill.as_str())))
            .count()
    };
    let training = demand
        .trainings
        .iter()
        .map(|t| (closes(t), t))
        .filter(|(n, _)| *n > 0)
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.id.cmp(&a.1.id)))
        .map(|(_, t)| t);
    Some(UntickedSkills {
        unticked: unticked.len(),
        listed,
        training,
    })
}

/// What the seeker has not answered that the occupation asks, the
/// heaviest first: answering these moves the figures most.
pub fn unanswered(explained: &Explained) -> Vec<&ReadinessLine> {
    let mut lines: Vec<&ReadinessLine> = explained
        .breakdown
        .iter()
        .filter(|l| l.status == Status::Unknown && asks_something(&l.requirement))
        .collect();
    lines.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::json;
    use crate::scoring::Scorer;

    const DEMAND: &str = include_str!("../../../tests/fixtures/demand-example.json");
    const PROFILE: &str = include_str!("../../../tests/fixtures/profile-example.json");

    #[test]
    fn levels_are_shown_in_whole_steps() {
        assert_eq!(whole_step(2.8), 3);
        assert_eq!(whole_step(0.4), 0);
        assert_eq!(whole_step(4.9), 4);
        assert!(!asks_something(&Requirement::Level {
            element: "x".into(),
            level: 0.4,
            importance: 3.0
        }));
    }

    #[test]
    fn a_level_met_in_whole_steps_is_no_gap() {
        let mut demand = json::parse_demand(DEMAND).unwrap();
        let nurse = demand.index_of("ssyk-5321").unwrap();
        for r in &mut demand.occupations[nurse].requirements {
            if let Requirement::Level { element, level, .. } = r {
                if element == "2.C.5.a" {
                    *level = 2.4; // shown as "Fairly well (2)"
                }
            }
        }
        let mut answers = json::parse_profile(PROFILE).unwrap().answers;
        let scorer = Scorer::new(&demand);
        let care_is_a_gap = |answers: &Answers| {
            let explained = scorer.explain(nurse, &scorer.seeker(answers), "sv");
            let offers = scorer.offers(nurse, answers, &explained);
            gaps(&explained, &offers).iter().any(|g| {
                matches!(&g.line.requirement, Requirement::Level { element, .. } if element == "2.C.5.a")
            })
        };
        answers.levels.get_mut("2.C.5.a").unwrap().level = Some(1);
        assert!(care_is_a_gap(&answers), "1 of 2.4 is a gap");
        answers.levels.get_mut("2.C.5.a").unwrap().level = Some(2);
        assert!(!care_is_a_gap(&answers), "2 of 2.4 reads as met");
    }

    #[test]
    fn the_summary_names_the_strongest_reasons_and_the_costliest_gaps() {
        let demand = json::parse_demand(DEMAND).unwrap();
        let answers = json::parse_profile(PROFILE).unwrap().answers;
        let scorer = Scorer::new(&demand);
        let nurse = demand.index_of("ssyk-5321").unwrap();
        let explained = scorer.explain(nurse, &scorer.seeker(&answers), "sv");
        let offers = scorer.offers(nurse, &answers, &explained);
        let reasons = reasons(&explained);
        assert_eq!(reasons.len(), 3);
        assert!(reasons
            .windows(2)
            .all(|w| matches!(w[1], MatchLine::Formal { .. }) || w[0].points() >= w[1].points()));
        // Machine work (need 0.5, she has 0) is no reason, though its line
        // has points.
        assert!(reasons
            .iter()
            .all(|l| !matches!(l, MatchLine::Level { element, .. } if element == "2.B.3.h")));
        let gaps = gaps(&explained, &offers);
        // The unticked essential hygiene skill costs 3 points of weight, the
        // care level 1.75 and Swedish reading 0.56: in that order (machine
        // work, 1.2, weighs below "important").
        let targets: Vec<String> = gaps
            .iter()
            .map(|g| crate::demand::describe(&g.line.requirement.target()))
            .collect();
        assert_eq!(
            targets,
            ["skill `C1qR_L83_nzh`", "element `2.C.5.a`", "language `sv`"],
            "{gaps:?}"
        );
        assert_eq!(
            gaps[0].offer.map(|o| o.training.id.as_str()),
            Some("komvux-vard")
        );
        assert!(unanswered(&explained).is_empty());
        // Its skills are essential: none is counted as an optional one.
        assert_eq!(unticked_skills(&demand, &explained), None);
        let nothing = Answers::default();
        let blank = scorer.explain(nurse, &scorer.seeker(&nothing), "sv");
        assert_eq!(
            unanswered(&blank).len(),
            8,
            "everything the occupation asks"
        );
        assert_eq!(
            unanswered(&blank)[0].weight,
            5.0,
            "Swedish, the heaviest, first"
        );
    }
}
