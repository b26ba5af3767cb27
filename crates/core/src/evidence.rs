//! What backs a seeker's answer, as a coach recorded it at the matching
//! centre (#18): a document she saw, or a validation someone completed —
//! by whom, how and when. It is kept apart from the seeker's own answers:
//! her rating stays hers, the scorer reads only that, and every view shows
//! the coach's record beside it, never in its place. It travels in the
//! profile the coach saves again and is counted on a need's shortlist.

use serde::{Deserialize, Serialize};

use crate::answers::{Answers, Evidence};
use crate::demand::{Occupation, Requirement};
use crate::scoring::matters;
use crate::validation::Problems;

/// The longest `by` or `how` a record keeps: a name and a sentence.
pub const MAX_TEXT: usize = 200;

/// One answer backed: a rated item's (an element id) or a skill's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Backing {
    /// The element or skill id, as in `answers.levels` or `answers.skills`.
    pub item: String,
    /// `document` or `validated` (self-assessed is no record at all).
    pub kind: Evidence,
    /// Who saw the document or validated it: a person or an organisation.
    pub by: String,
    /// How: the document, or the validation's kind and place.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub how: String,
    /// `YYYY-MM-DD`.
    pub on: String,
}

/// How much of what a seeker claims for a need is backed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Backed {
    /// The need's rated items and skills she claims: a level above none,
    /// a skill ticked.
    pub claimed: usize,
    /// Of those, backed by a document seen.
    pub documented: usize,
    /// Of those, validated.
    pub validated: usize,
}

/// The ids of the need's rated items that matter (as for a gap,
/// SCORING.md) and of its skills, that the seeker claims, in the need's
/// order: what a coach can back for this need.
pub fn claims<'a>(need: &'a Occupation, answers: &Answers) -> Vec<&'a str> {
    need.requirements
        .iter()
        .filter(|r| matters(r) || matches!(r, Requirement::Skill { .. }))
        .filter_map(|r| match r {
            Requirement::Level { element, .. } => answers
                .levels
                .get(element)
                .and_then(|a| a.level)
                .is_some_and(|l| l > 0)
                .then_some(element.as_str()),
            Requirement::Skill { skill, .. } => answers
                .skills
                .get(skill)
                .is_some_and(|a| a.has)
                .then_some(skill.as_str()),
            _ => None,
        })
        .collect()
}

/// The record for `item`, if the coach made one.
pub fn of<'a>(evidence: &'a [Backing], item: &str) -> Option<&'a Backing> {
    evidence.iter().find(|b| b.item == item)
}

/// What backs the seeker's claims for `need`.
pub fn backed(need: &Occupation, answers: &Answers, evidence: &[Backing]) -> Backed {
    let claimed = claims(need, answers);
    let count = |kind: Evidence| {
        claimed
            .iter()
            .filter(|item| of(evidence, item).is_some_and(|b| b.kind == kind))
            .count()
    };
    Backed {
        claimed: claimed.len(),
        documented: count(Evidence::Document),
        validated: count(Evidence::Validated),
    }
}

/// `evidence` with `backing` in place of any record for its item; a
/// self-assessed one removes the record.
pub fn record(evidence: &mut Vec<Backing>, backing: Backing) {
    let at = evidence.iter().position(|b| b.item == backing.item);
    match (at, backing.kind) {
        (Some(at), Evidence::SelfAssessed) => {
            evidence.remove(at);
        }
        (None, Evidence::SelfAssessed) => {}
        (Some(at), _) => evidence[at] = backing,
        (None, _) => evidence.push(backing),
    }
}

/// Every record names an item once, says who and when, and is more than
/// self-assessment.
pub fn validate(evidence: &[Backing], at: &str, problems: &mut Problems) {
    for (i, b) in evidence.iter().enumerate() {
        let here = format!("{at}[{i}]");
        if b.item.trim().is_empty() {
            problems.push(format!("{here}.item"), "is empty");
        } else if evidence[..i].iter().any(|e| e.item == b.item) {
            problems.push(
                format!("{here}.item"),
                format!("`{}` is backed twice", b.item),
            );
        }
        if b.kind == Evidence::SelfAssessed {
            problems.push(
                format!("{here}.kind"),
                "must be `document` or `validated`: self-assessed needs no record",
            );
        }
        if b.by.trim().is_empty() {
            problems.push(
                format!("{here}.by"),
                "is empty: say who saw or validated it",
            );
        }
        for (field, text) in [("by", &b.by), ("how", &b.how)] {
            if text.chars().count() > MAX_TEXT {
                problems.push(
                    format!("{here}.{field}"),
                    format!("is longer than {MAX_TEXT} characters"),
                );
            }
        }
        if !crate::demand::is_iso_date(&b.on) {
            problems.push(
                format!("{here}.on"),
                format!("`{}` is not a date (YYYY-MM-DD)", b.on),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{LevelAnswer, SkillAnswer};

    fn need() -> Occupation {
        serde_json::from_value(serde_json::json!({
            "id": "nurse", "label": { "sv": "Undersköterska" },
            "requirements": [
                { "kind": "level", "element": "care", "level": 3.0, "importance": 4.0 },
                { "kind": "level", "element": "lift", "level": 2.0, "importance": 3.0 },
                { "kind": "level", "element": "talk", "level": 2.0, "importance": 3.0 },
                { "kind": "level", "element": "draw", "level": 1.0, "importance": 1.0 },
                { "kind": "skill", "skill": "hygiene", "essential": true },
                { "kind": "licence", "category": "B" }
            ]
        }))
        .expect("an occupation")
    }

    fn answers() -> Answers {
        let mut a = Answers::default();
        let level = |l: Option<u8>| LevelAnswer {
            level: l,
            ..Default::default()
        };
        a.levels.insert("care".into(), level(Some(3)));
        a.levels.insert("lift".into(), level(Some(0)));
        a.levels.insert("talk".into(), level(None));
        a.levels.insert("draw".into(), level(Some(2)));
        a.skills.insert(
            "hygiene".into(),
            SkillAnswer {
                has: true,
                context: Default::default(),
            },
        );
        a
    }

    fn backing(item: &str, kind: Evidence) -> Backing {
        Backing {
            item: item.into(),
            kind,
            by: "Validering Värmland".into(),
            how: String::new(),
            on: "2026-11-30".into(),
        }
    }

    #[test]
    fn only_what_she_claims_for_the_need_can_be_backed() {
        // "lift" rated none and "talk" unknown claim nothing; "draw" hardly
        // matters to the need; the licence is no rated item.
        assert_eq!(claims(&need(), &answers()), ["care", "hygiene"]);
    }

    #[test]
    fn the_shortlist_counts_validated_and_documented_claims_apart() {
        let evidence = vec![
            backing("care", Evidence::Validated),
            backing("hygiene", Evidence::Document),
            // Backed, but not claimed for this need: not counted.
            backing("lift", Evidence::Validated),
        ];
        assert_eq!(
            backed(&need(), &answers(), &evidence),
            Backed {
                claimed: 2,
                documented: 1,
                validated: 1
            }
        );
        assert_eq!(
            backed(&need(), &answers(), &[]),
            Backed {
                claimed: 2,
                documented: 0,
                validated: 0
            }
        );
    }

    #[test]
    fn a_new_record_replaces_the_old_and_self_assessed_removes_it() {
        let mut evidence = Vec::new();
        record(&mut evidence, backing("care", Evidence::Document));
        record(&mut evidence, backing("care", Evidence::Validated));
        assert_eq!(evidence, [backing("care", Evidence::Validated)]);
        record(&mut evidence, backing("care", Evidence::SelfAssessed));
        assert!(evidence.is_empty());
        record(&mut evidence, backing("care", Evidence::SelfAssessed));
        assert!(evidence.is_empty());
    }

    #[test]
    fn a_record_without_who_or_date_or_twice_is_refused() {
        let mut problems = Problems::default();
        validate(
            &[backing("care", Evidence::Validated)],
            "evidence",
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let bad = vec![
            Backing {
                by: " ".into(),
                on: "30/11/2026".into(),
                ..backing("care", Evidence::Validated)
            },
            backing("care", Evidence::SelfAssessed),
        ];
        validate(&bad, "evidence", &mut problems);
        let paths: Vec<&str> = problems.0.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "evidence[0].by",
                "evidence[0].on",
                "evidence[1].item",
                "evidence[1].kind"
            ]
        );
    }
}
