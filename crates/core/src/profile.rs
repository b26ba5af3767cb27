//! The profile (`kompetenskoll/profile@1`) a seeker hands to a coach: the
//! answers, which demand file they were scored against, and the matches as
//! they were shown.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::scoring::Explained;
use crate::validation::Problems;

pub const FORMAT: &str = "kompetenskoll/profile@1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Always `kompetenskoll/profile@1`.
    pub format: String,
    /// ISO 8601 date and time, e.g. `2026-11-23T14:05:00Z`.
    pub created_at: String,
    pub app_version: String,
    /// The seeker's language when the profile was made.
    pub language: String,
    pub questionnaire: QuestionnaireRef,
    pub demand: DemandIdentity,
    /// The sections the seeker chose to hand over.
    pub included: Vec<Part>,
    pub answers: Answers,
    /// The top matches with their explanations, as the seeker saw them.
    #[serde(default)]
    pub matches: Vec<Explained>,
    /// What a coach has seen back her answers (the matching centre's
    /// record, never the seeker's own): apart from `answers`, which stay
    /// hers, and read by no score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<crate::evidence::Backing>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
}

/// Which demand file the matches come from, so a coach can tell whether
/// they are looking at the same one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DemandIdentity {
    pub id: String,
    pub publisher: String,
    pub published: String,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub sha256: String,
}

/// The parts of a profile a seeker can leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Goal,
    Education,
    WorkHistory,
    Languages,
    Licences,
    Skills,
    Certificates,
    Preferences,
    Matches,
}

impl Part {
    pub const ALL: [Part; 9] = [
        Part::Goal,
        Part::Education,
        Part::WorkHistory,
        Part::Languages,
        Part::Licences,
        Part::Skills,
        Part::Certificates,
        Part::Preferences,
        Part::Matches,
    ];
}

/// SHA-256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl DemandIdentity {
    /// The identity of a file read by `json::parse_demand` (which keeps the
    /// hash of its bytes).
    pub fn of(demand: &crate::demand::DemandFile) -> DemandIdentity {
        DemandIdentity {
            id: demand.id.clone(),
            publisher: demand.publisher.name.clone(),
            published: demand.published.clone(),
            sha256: demand.sha256.clone(),
        }
    }

    /// The first 12 hex digits: enough for a person to compare two files.
    pub fn short_hash(&self) -> &str {
        self.sha256.get(..12).unwrap_or(&self.sha256)
    }
}

impl Profile {
    /// The seeker's profile as scored by `scorer` (the demand file in use,
    /// indexed once), with the `top` best matches explained in `language`;
    /// every part included.
    pub fn assemble(
        answers: &Answers,
        questionnaire: &crate::questionnaire::Questionnaire,
        scorer: &crate::scoring::Scorer<'_>,
        created_at: String,
        language: &str,
        top: usize,
    ) -> Profile {
        let demand = scorer.demand();
        let seeker = scorer.seeker(answers);
        let matches = scorer
            .rank(&seeker)
            .into_iter()
            .take(top)
            .map(|r| scorer.explain(r.index, &seeker, language))
            .collect();
        Profile {
            format: FORMAT.to_owned(),
            created_at,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            language: language.to_owned(),
            questionnaire: QuestionnaireRef {
                id: questionnaire.id.clone(),
                version: questionnaire.version.clone(),
            },
            demand: DemandIdentity::of(demand),
            included: Part::ALL.to_vec(),
            answers: answers.clone(),
            matches,
            evidence: Vec::new(),
        }
    }

    /// The profile with the parts not in `included` removed, as handed over.
    pub fn keep_only(mut self, included: &[Part]) -> Profile {
        let keep = |p: Part| included.contains(&p);
        let a = &mut self.answers;
        if !keep(Part::Goal) {
            a.goal = None;
        }
        if !keep(Part::Education) {
            a.education = None;
        }
        if !keep(Part::WorkHistory) {
            a.work_history.clear();
        }
        if !keep(Part::Languages) {
            a.languages.clear();
        }
        if !keep(Part::Licences) {
            a.licences = None;
        }
        if !keep(Part::Skills) {
            a.levels.clear();
            a.skills.clear();
            // What a coach saw back of them goes with them.
            self.evidence.clear();
        }
        if !keep(Part::Certificates) {
            a.certificates.clear();
        }
        if !keep(Part::Preferences) {
            a.preferences = Default::default();
        }
        if !keep(Part::Matches) {
            self.matches.clear();
        }
        let mut parts = included.to_vec();
        parts.sort();
        parts.dedup();
        self.included = parts;
        self
    }

    pub fn validate(&self, problems: &mut Problems) {
        problems.check_format(&self.format, FORMAT);
        let date = self.created_at.get(..10).unwrap_or("");
        if !crate::demand::is_iso_date(date) {
            problems.push(
                "created_at",
                format!("`{}` is not an ISO 8601 date and time", self.created_at),
            );
        }
        if self.questionnaire.id.trim().is_empty() {
            problems.push("questionnaire.id", "is empty");
        }
        let hex = &self.demand.sha256;
        // A QR code carries the first 16 digits only.
        if (hex.len() != 64 && hex.len() != 16)
            || !hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            problems.push(
                "demand.sha256",
                "must be 64 (or, from a QR code, 16) lowercase hex digits",
            );
        }
        self.answers.validate("answers", problems);
        crate::evidence::validate(&self.evidence, "evidence", problems);
        for (i, m) in self.matches.iter().enumerate() {
            let sum: u32 = m.breakdown.iter().map(|l| u32::from(l.points.0)).sum();
            if !m.breakdown.is_empty() && sum != u32::from(m.readiness.0) {
                problems.push(
                    format!("matches[{i}].breakdown"),
                    "points do not add up to readiness",
                );
            }
        }
    }
}
