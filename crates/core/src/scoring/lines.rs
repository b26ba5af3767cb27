//! What the scorer answers with: each occupation's scores for ranking, and
//! for an explanation both breakdowns, line by line with their points.

use serde::{Deserialize, Serialize};

use super::points::{Delta, Points};
use crate::demand::Requirement;

/// How far a requirement is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Partial,
    Missing,
    /// The seeker has not answered: not the same as missing.
    Unknown,
}

/// One occupation's scores, without the breakdown: what ranking needs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ranked {
    /// Index into the demand file's `occupations`.
    pub index: usize,
    pub match_score: Points,
    pub readiness: Points,
}

/// One line of the readiness breakdown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReadinessLine {
    pub requirement: Requirement,
    pub status: Status,
    /// Share of the requirement met, 0–1.
    pub credit: f64,
    pub weight: f64,
    /// This line's share of the readiness score.
    pub points: Points,
    /// Ids of the trainings that close this requirement, when not met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trainings: Vec<String>,
}

/// One line of the match breakdown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum MatchLine {
    /// How close the seeker's level is to the occupation's, for one element.
    Level {
        element: String,
        seeker: u8,
        occupation: f64,
        points: Delta,
    },
    /// A ticked skill the occupation uses.
    Skill { skill: String, points: Delta },
    /// The occupation has no level profile to compare with the seeker's, so
    /// the level part counts at its neutral value.
    NoLevelProfile { points: Delta },
    /// A formal requirement (education, licence, language) the seeker
    /// answered for: its credit is its share of the formal part
    /// (education by the steps short, `fit::formal_term`).
    Formal {
        requirement: Requirement,
        credit: f64,
        points: Delta,
    },
    /// The occupation asks for nothing formal that the seeker answered, so
    /// the formal part counts in full: nothing is known to be missing.
    NoFormalGap { points: Delta },
}

impl MatchLine {
    pub fn points(&self) -> Delta {
        match self {
            MatchLine::Level { points, .. }
            | MatchLine::Skill { points, .. }
            | MatchLine::NoLevelProfile { points }
            | MatchLine::Formal { points, .. }
            | MatchLine::NoFormalGap { points } => *points,
        }
    }
}

/// An occupation's scores with their breakdowns: the explanation shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Explained {
    pub id: String,
    pub label: String,
    /// Match, 0–100: the ranking key.
    pub score: Points,
    pub readiness: Points,
    /// Share of the readiness weight the seeker has answered, 0–100.
    pub coverage: Points,
    /// The level-profile part of match (0–100), if the seeker and the
    /// occupation have elements in common.
    pub level_fit: Option<Points>,
    /// The skill part of match (0–100), if both have specific skills.
    pub skill_fit: Option<Points>,
    /// The formal part of match (0–100): education, licences, languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formal_fit: Option<Points>,
    pub breakdown: Vec<ReadinessLine>,
    pub match_breakdown: Vec<MatchLine>,
}
