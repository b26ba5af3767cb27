//! What the seeker answered. Anything not answered is absent (unknown), never
//! zero: the scorer and every explanation keep the two apart.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::scales::{Cefr, LanguageActivity, Licence};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// Level ratings by item (element) id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub levels: BTreeMap<String, LevelAnswer>,
    /// Specific skills the seeker was shown: `has` is true when ticked.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub skills: BTreeMap<String, SkillAnswer>,
    /// CEFR self-assessment by language code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub languages: BTreeMap<String, BTreeMap<LanguageActivity, Cefr>>,
    /// Licences held; absent when the question was not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licences: Option<BTreeSet<Licence>>,
    /// Highest completed education, ISCED 2011 level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<Certificate>,
    #[serde(default, skip_serializing_if = "Preferences::is_empty")]
    pub preferences: Preferences,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Goal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub work_history: Vec<Job>,
}

/// Where a skill was learned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Learned {
    Work,
    Education,
    Elsewhere,
}

/// What backs a skill: coaches and validation teams weigh these differently.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    #[default]
    SelfAssessed,
    /// A certificate, grade or reference.
    Document,
    /// A completed validation (validering).
    Validated,
}

/// Where the skill came from, what backs it, and what the seeker wants.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SkillContext {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub learned: Vec<Learned>,
    #[serde(default)]
    pub evidence: Evidence,
    /// Wants to work with it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub wants_to_use: bool,
    /// Wants to learn more of it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub wants_to_learn: bool,
}

impl SkillContext {
    fn is_default(&self) -> bool {
        *self == SkillContext::default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelAnswer {
    /// 0–4; absent for "I don't know".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    #[serde(default, skip_serializing_if = "SkillContext::is_default")]
    pub context: SkillContext,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SkillAnswer {
    pub has: bool,
    #[serde(default, skip_serializing_if = "SkillContext::is_default")]
    pub context: SkillContext,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Certificate {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Hours {
    FullTime,
    PartTime,
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Shift {
    Day,
    Evening,
    Night,
    Weekend,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Preferences {
    /// Municipality codes (SCB, four digits).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shifts: Vec<Shift>,
}

impl Preferences {
    pub fn is_empty(&self) -> bool {
        *self == Preferences::default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    Work,
    Study,
    Unsure,
    /// Start a business of one's own.
    OwnBusiness,
}

impl GoalKind {
    pub const ALL: [GoalKind; 4] = [
        GoalKind::Work,
        GoalKind::Study,
        GoalKind::Unsure,
        GoalKind::OwnBusiness,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub kind: GoalKind,
    /// In the seeker's own words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// An occupation id from the demand file, when the goal is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Job {
    pub title: String,
    /// SSYK 2012 unit group, four digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssyk: Option<String>,
    /// JobTech occupation-name concept id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<f32>,
}

impl Answers {
    pub fn validate(&self, at: &str, problems: &mut crate::validation::Problems) {
        use crate::scales::{MAX_ISCED, MAX_LEVEL};
        for (id, answer) in &self.levels {
            if let Some(level) = answer.level.filter(|l| *l > MAX_LEVEL) {
                problems.push(
                    format!("{at}.levels.{id}.level"),
                    format!("{level} is outside 0..={MAX_LEVEL}"),
                );
            }
        }
        if let Some(level) = self.education.filter(|l| *l > MAX_ISCED) {
            problems.push(
                format!("{at}.education"),
                format!("{level} is outside 0..={MAX_ISCED}"),
            );
        }
        for (i, job) in self.work_history.iter().enumerate() {
            if job.years.is_some_and(|y| !(0.0..=80.0).contains(&y)) {
                problems.push(
                    format!("{at}.work_history[{i}].years"),
                    "must be between 0 and 80",
                );
            }
            if job
                .ssyk
                .as_deref()
                .is_some_and(|s| s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()))
            {
                problems.push(
                    format!("{at}.work_history[{i}].ssyk"),
                    "must be a four-digit SSYK 2012 code",
                );
            }
        }
    }
}
