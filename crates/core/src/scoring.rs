//! The explainable scorer. Every occupation gets two scores, 0–100:
//!
//! - **readiness**: the importance-weighted share of the occupation's
//!   requirements the seeker already meets, with partial credit;
//! - **match**: how well the occupation fits the seeker's whole profile — the
//!   ranking key. Being far above an occupation's levels, or ticking skills
//!   it does not use, lowers it.
//!
//! Each score comes with a breakdown whose points add up exactly to it (in
//! tenths). SCORING.md gives the formulas and a worked example. Demand is
//! never part of either score.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

use crate::answers::Answers;
use crate::demand::{Closes, DemandFile, Requirement, Training};
use crate::scales::{Cefr, LanguageActivity, MAX_LEVEL};

/// A score or a share of one, in tenths of a point (0–1000 = 0–100).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Points(pub u16);

impl Points {
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 10.0
    }
}

impl Serialize for Points {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_f64())
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Points, D::Error> {
        let v = f64::deserialize(d)?;
        if !(0.0..=100.0).contains(&v) {
            return Err(serde::de::Error::custom(format!("{v} is outside 0..=100")));
        }
        Ok(Points((v * 10.0).round() as u16))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Points {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Points".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number", "minimum": 0, "maximum": 100 })
    }
}

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

/// The weight of each kind of requirement on O*NET's 1–5 importance scale:
/// level requirements carry their own importance; an essential skill counts
/// as "important" (3), an optional one as the scale's floor (1); language,
/// licence and education requirements are employers' hard filters, so they
/// count as "extremely important" (5).
pub fn weight(requirement: &Requirement) -> f64 {
    match requirement {
        Requirement::Level { importance, .. } => *importance,
        Requirement::Skill {
            essential: true, ..
        } => 3.0,
        Requirement::Skill {
            essential: false, ..
        } => 1.0,
        Requirement::Language { .. }
        | Requirement::Licence { .. }
        | Requirement::Education { .. } => 5.0,
    }
}

/// O*NET's "important" on its 1–5 importance scale: what weighs less is
/// no gap worth a training or a place among the gaps shown first.
pub const IMPORTANT: f64 = 3.0;

/// Whether a requirement weighs at least "important".
pub fn matters(requirement: &Requirement) -> bool {
    weight(requirement) >= IMPORTANT
}

/// Partial credit for reaching `have` of `need`: linear up to the need and
/// never more than full, so exceeding a level never lowers readiness.
fn credit(have: f64, need: f64) -> f64 {
    if need <= 0.0 {
        1.0
    } else {
        (have / need).clamp(0.0, 1.0)
    }
}

fn status_of(credit: f64) -> Status {
    if credit >= 1.0 {
        Status::Met
    } else if credit > 0.0 {
        Status::Partial
    } else {
        Status::Missing
    }
}

/// The seeker's answers, indexed for one demand file.
pub struct Seeker<'a> {
    answers: &'a Answers,
    /// Level per element of the demand file's catalogue; `None` = unknown.
    levels: Vec<Option<u8>>,
    /// Per skill of the catalogue: `None` = not shown, else ticked or not.
    skills: Vec<Option<bool>>,
    /// Every ticked skill, whether or not the demand file knows it.
    ticked: usize,
    /// How many of the file's elements the seeker rated.
    rated: usize,
    /// Whether the seeker said anything formal: education, licences or a
    /// language (then match has a formal part).
    formal: bool,
}

/// How far the seeker meets one requirement.
fn assess(requirement: &Requirement, slot: Slot, seeker: &Seeker<'_>) -> (Status, f64) {
    let known = |c: f64| (status_of(c), c);
    match (requirement, slot) {
        (Requirement::Level { level, .. }, _) if *level <= 0.0 => (Status::Met, 1.0),
        (Requirement::Level { level, .. }, Slot::Element(e)) => match seeker.levels[e] {
            Some(have) => known(credit(f64::from(have), *level)),
            None => (Status::Unknown, 0.0),
        },
        (Requirement::Skill { .. }, Slot::Skill(s)) => match seeker.skills[s] {
            Some(true) => (Status::Met, 1.0),
            Some(false) => (Status::Missing, 0.0),
            None => (Status::Unknown, 0.0),
        },
        (Requirement::Language { language, level }, _) => {
            language_credit(seeker.answers.languages.get(language), *level)
        }
        (Requirement::Licence { category }, _) => match &seeker.answers.licences {
            Some(held) if held.contains(category) => (Status::Met, 1.0),
            Some(_) => (Status::Missing, 0.0),
            None => (Status::Unknown, 0.0),
        },
        (Requirement::Education { isced }, _) => match seeker.answers.education {
            Some(have) => known(credit(f64::from(have), f64::from(*isced))),
            None => (Status::Unknown, 0.0),
        },
        // A level or skill the catalogue lacks: validation refuses such
        // files, so this is only reachable with an unvalidated one.
        (Requirement::Level { .. } | Requirement::Skill { .. }, _) => (Status::Unknown, 0.0),
    }
}

/// The mean credit over the CEFR activities the seeker rated.
fn language_credit(rated: Option<&BTreeMap<LanguageActivity, Cefr>>, need: Cefr) -> (Status, f64) {
    let Some(rated) = rated.filter(|r| !r.is_empty()) else {
        return (Status::Unknown, 0.0);
    };
    let need = f64::from(need.rank());
    let sum: f64 = rated
        .values()
        .map(|have| credit(f64::from(have.rank()), need))
        .sum();
    let c = sum / rated.len() as f64;
    (status_of(c), c)
}

#[derive(Clone, Copy, Debug)]
enum Slot {
    Element(usize),
    Skill(usize),
    Other,
}

/// A requirement resolved for the hot loop: what it needs and weighs.
#[derive(Clone, Copy, Debug)]
struct Compiled {
    slot: Slot,
    /// Required level (levels only).
    need: f64,
    weight: f64,
    /// Index into the occupation's `requirements`.
    index: u32,
}

/// A demand file indexed for scoring: ids resolved to slots once, so that
/// re-scoring after each answer is one pass over a flat array.
pub struct Scorer<'d> {
    demand: &'d DemandFile,
    elements: HashMap<&'d str, usize>,
    skills: HashMap<&'d str, usize>,
    /// Every occupation's requirements, one after another.
    compiled: Vec<Compiled>,
    /// Per occupation: its range in `compiled`.
    ranges: Vec<std::ops::Range<usize>>,
    /// Per occupation: total readiness weight and number of skills.
    totals: Vec<(f64, usize)>,
}

/// One occupation's scores, before rounding.
#[derive(Clone, Copy, Debug)]
struct Scores {
    match_score: f64,
    readiness: f64,
    coverage: f64,
    level_fit: Option<f64>,
    skill_fit: Option<f64>,
    formal_fit: Option<f64>,
}

/// Running sums over the elements both sides have: enough for the mean
/// closeness and the Pearson correlation in one pass.
#[derive(Default)]
struct LevelSums {
    n: f64,
    a: f64,
    l: f64,
    aa: f64,
    ll: f64,
    al: f64,
    distance: f64,
}

/// The level fit of an occupation with no level profile to compare, for a
/// seeker who has one: the expected fit of two unrelated profiles on the
/// 0–4 scale. Two independent uniform levels are 4/3 apart on average
/// (closeness 2/3) and uncorrelated (shape ½): ½ · 2/3 + ½ · ½ = 7/12. It is
/// derived from the scale, not tuned to data.
pub const NEUTRAL_LEVEL_FIT: f64 = 7.0 / 12.0;

/// Below this variance a profile is flat and has no shape to compare.
const FLAT: f64 = 1e-9;

impl LevelSums {
    fn add(&mut self, a: f64, l: f64) {
        self.n += 1.0;
        self.a += a;
        self.l += l;
        self.aa += a * a;
        self.ll += l * l;
        self.al += a * l;
        self.distance += (a - l).abs();
    }

    fn fit(&self) -> Option<f64> {
        if self.n == 0.0 {
            return None;
        }
        let (ma, ml) = (self.a / self.n, self.l / self.n);
        let (va, vl) = (self.aa / self.n - ma * ma, self.ll / self.n - ml * ml);
        let r = if va < FLAT || vl < FLAT {
            0.0
        } else {
            (self.al / self.n - ma * ml) / (va * vl).sqrt()
        };
        let closeness = 1.0 - self.distance / self.n / f64::from(MAX_LEVEL);
        Some(0.5 * closeness + 0.25 * (1.0 + r.clamp(-1.0, 1.0)))
    }
}

/// The shares of the level, skill and formal parts in match: equal for
/// each part that can be computed. None is preferred: they are independent
/// views of the same fit.
fn shares(parts: [Option<f64>; 3]) -> [f64; 3] {
    let n = parts.iter().filter(|p| p.is_some()).count();
    parts.map(|p| if p.is_some() { 1.0 / n as f64 } else { 0.0 })
}

fn combine(parts: [Option<f64>; 3]) -> f64 {
    let shares = shares(parts);
    100.0
        * parts
            .iter()
            .zip(shares)
            .map(|(p, w)| w * p.unwrap_or(0.0))
            .sum::<f64>()
}

/// Whether a requirement is a formal one: education, a licence or a
/// language level, which employers filter on before they look at skills.
fn is_formal(requirement: &Requirement) -> bool {
    matches!(
        requirement,
        Requirement::Education { .. } | Requirement::Licence { .. } | Requirement::Language { .. }
    )
}

/// One occupation's scores, without the breakdown: what ranking needs.
#[derive(Clone, Copy, Debug, PartialEq)]
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

/// A signed share of a score, in tenths: a match line can count against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Delta(pub i32);

impl Serialize for Delta {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(f64::from(self.0) / 10.0)
    }
}

impl<'de> Deserialize<'de> for Delta {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Delta, D::Error> {
        let v = f64::deserialize(d)?;
        if !(-100.0..=100.0).contains(&v) {
            return Err(serde::de::Error::custom(format!(
                "{v} is outside -100..=100"
            )));
        }
        Ok(Delta((v * 10.0).round() as i32))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Delta {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Delta".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number", "minimum": -100, "maximum": 100 })
    }
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
    /// answered for: its credit is its share of the formal part.
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

/// What match is computed from, for one occupation.
struct MatchParts {
    /// Elements both rated by the seeker and listed by the occupation:
    /// (requirement index, seeker's level, occupation's level).
    level: Vec<(usize, u8, f64)>,
    /// Ticked skills the occupation lists (requirement indices).
    skills: Vec<usize>,
    /// |ticked| · |occupation skills|, the cosine's denominator squared.
    skill_norm: f64,
}

/// Mean and population standard deviation.
fn mean_sd(values: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    let n = values.clone().count() as f64;
    let mean = values.clone().sum::<f64>() / n;
    let var = values.map(|v| (v - mean) * (v - mean)).sum::<f64>() / n;
    (mean, var.sqrt())
}

impl MatchParts {
    /// Each element's term of the level fit; their mean is the level fit
    /// that [`LevelSums::fit`] computes in one pass. Half is closeness of
    /// level (1 at equal levels, 0 at the scale's width apart, either way),
    /// half is closeness of shape: the element's share of the Pearson
    /// correlation between the two profiles, mapped from −1…1 to 0…1. Shape
    /// lets a seeker who rates everything a notch high or low still find the
    /// occupations whose strengths are theirs; level makes being far above
    /// or below an occupation cost.
    fn level_terms(&self) -> impl Iterator<Item = f64> + '_ {
        let (ma, sa) = mean_sd(self.level.iter().map(|&(_, a, _)| f64::from(a)));
        let (ml, sl) = mean_sd(self.level.iter().map(|&(_, _, l)| l));
        let flat = sa * sa < FLAT || sl * sl < FLAT;
        self.level.iter().map(move |&(_, a, l)| {
            let a = f64::from(a);
            let closeness = 1.0 - (a - l).abs() / f64::from(MAX_LEVEL);
            let shape = if flat {
                0.0
            } else {
                (a - ma) / sa * (l - ml) / sl
            };
            0.5 * closeness + 0.25 * (1.0 + shape)
        })
    }
}

self_cell::self_cell!(
    /// A demand file that owns its [`Scorer`]: indexing a file costs far more
    /// than scoring against it (the benchmark shows 2.8 ms against 0.2 ms in
    /// wasm for the national file), so the app indexes each file once.
    pub struct Indexed {
        owner: std::rc::Rc<DemandFile>,
        #[covariant]
        dependent: Scorer,
    }
);

impl Indexed {
    pub fn of(demand: std::rc::Rc<DemandFile>) -> Indexed {
        Indexed::new(demand, |d| Scorer::new(d))
    }

    pub fn scorer(&self) -> &Scorer<'_> {
        self.borrow_dependent()
    }

    pub fn demand(&self) -> &std::rc::Rc<DemandFile> {
        self.borrow_owner()
    }
}

impl<'d> Scorer<'d> {
    pub fn new(demand: &'d DemandFile) -> Scorer<'d> {
        let elements: HashMap<&str, usize> = demand
            .elements
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        // Answers may name a skill by the file's own id or by its JobTech
        // concept id, so that a profile made against one file scores
        // against another that numbers its skills differently. Own ids win.
        let skills: HashMap<&str, usize> = demand
            .skills
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.jobtech_id.as_deref().map(|j| (j, i)))
            .chain(
                demand
                    .skills
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (s.id.as_str(), i)),
            )
            .collect();
        let mut compiled = Vec::new();
        let mut ranges = Vec::with_capacity(demand.occupations.len());
        let mut totals = Vec::with_capacity(demand.occupations.len());
        for o in &demand.occupations {
            let start = compiled.len();
            let (mut total, mut n_skills) = (0.0, 0);
            for (index, r) in o.requirements.iter().enumerate() {
                let (slot, need) = match r {
                    Requirement::Level { element, level, .. } => (
                        elements
                            .get(element.as_str())
                            .map_or(Slot::Other, |&e| Slot::Element(e)),
                        *level,
                    ),
                    Requirement::Skill { skill, .. } => {
                        n_skills += 1;
                        (
                            skills
                                .get(skill.as_str())
                                .map_or(Slot::Other, |&s| Slot::Skill(s)),
                            1.0,
                        )
                    }
                    _ => (Slot::Other, 0.0),
                };
                let w = weight(r);
                total += w;
                compiled.push(Compiled {
                    slot,
                    need,
                    weight: w,
                    index: index as u32,
                });
            }
            ranges.push(start..compiled.len());
            totals.push((total, n_skills));
        }
        Scorer {
            demand,
            elements,
            skills,
            compiled,
            ranges,
            totals,
        }
    }

    pub fn demand(&self) -> &'d DemandFile {
        self.demand
    }

    pub fn seeker<'a>(&self, answers: &'a Answers) -> Seeker<'a> {
        let mut levels = vec![None; self.elements.len()];
        for (id, answer) in &answers.levels {
            if let (Some(&e), Some(level)) = (self.elements.get(id.as_str()), answer.level) {
                levels[e] = Some(level.min(MAX_LEVEL));
            }
        }
        let mut skills = vec![None; self.demand.skills.len()];
        for (id, answer) in &answers.skills {
            if let Some(&s) = self.skills.get(id.as_str()) {
                skills[s] = Some(answer.has);
            }
        }
        let ticked = answers.skills.values().filter(|a| a.has).count();
        let rated = levels.iter().filter(|l| l.is_some()).count();
        let formal = answers.education.is_some()
            || answers.licences.is_some()
            || answers.languages.values().any(|rated| !rated.is_empty());
        Seeker {
            answers,
            levels,
            skills,
            ticked,
            rated,
            formal,
        }
    }

    /// The slot of requirement `r` of `occupation`.
    fn slot(&self, occupation: usize, r: usize) -> Slot {
        self.compiled[self.ranges[occupation].start + r].slot
    }

    /// The elements and skills match is computed from, one by one: what
    /// the breakdown lists.
    fn parts(&self, occupation: usize, seeker: &Seeker<'_>) -> MatchParts {
        let mut parts = MatchParts {
            level: Vec::new(),
            skills: Vec::new(),
            skill_norm: 0.0,
        };
        for c in &self.compiled[self.ranges[occupation].clone()] {
            match c.slot {
                Slot::Element(e) => {
                    if let Some(have) = seeker.levels[e] {
                        parts.level.push((c.index as usize, have, c.need));
                    }
                }
                Slot::Skill(s) if seeker.skills[s] == Some(true) => {
                    parts.skills.push(c.index as usize)
                }
                _ => {}
            }
        }
        parts.skill_norm = (seeker.ticked * self.totals[occupation].1) as f64;
        parts
    }

    /// Both scores of one occupation in one pass over its requirements.
    fn scores(&self, occupation: usize, seeker: &Seeker<'_>) -> Scores {
        let (total, n_skills) = self.totals[occupation];
        let requirements = &self.demand.occupations[occupation].requirements;
        let (mut met, mut known, mut matched) = (0.0, 0.0, 0usize);
        let mut sums = LevelSums::default();
        let (mut formal_credit, mut formal_known) = (0.0, 0usize);
        for c in &self.compiled[self.ranges[occupation].clone()] {
            match c.slot {
                Slot::Element(e) => match seeker.levels[e] {
                    Some(have) => {
                        let have = f64::from(have);
                        met += c.weight * credit(have, c.need);
                        known += c.weight;
                        sums.add(have, c.need);
                    }
                    None if c.need <= 0.0 => {
                        met += c.weight;
                        known += c.weight;
                    }
                    None => {}
                },
                Slot::Skill(s) => match seeker.skills[s] {
                    Some(true) => {
                        met += c.weight;
                        known += c.weight;
                        matched += 1;
                    }
                    Some(false) => known += c.weight,
                    None => {}
                },
                Slot::Other => {
                    let requirement = &requirements[c.index as usize];
                    let (status, credit) = assess(requirement, c.slot, seeker);
                    met += c.weight * credit;
                    if status != Status::Unknown {
                        known += c.weight;
                        if is_formal(requirement) {
                            formal_credit += credit;
                            formal_known += 1;
                        }
                    }
                }
            }
        }
        let norm = (seeker.ticked * n_skills) as f64;
        // A part counts when the seeker has answered for it; an occupation
        // without data for a counted part gets that part's neutral value.
        let level_fit = (seeker.rated > 0).then(|| sums.fit().unwrap_or(NEUTRAL_LEVEL_FIT));
        let skill_fit = (seeker.ticked > 0).then(|| {
            if norm > 0.0 {
                matched as f64 / norm.sqrt()
            } else {
                0.0
            }
        });
        // Formal requirements the seeker did not answer are left out, as
        // unrated elements are; with none left nothing is known to be missing.
        let formal_fit = seeker.formal.then(|| {
            if formal_known > 0 {
                formal_credit / formal_known as f64
            } else {
                1.0
            }
        });
        let share = |x: f64| if total > 0.0 { 100.0 * x / total } else { 0.0 };
        Scores {
            match_score: combine([level_fit, skill_fit, formal_fit]),
            readiness: share(met),
            coverage: share(known),
            level_fit,
            skill_fit,
            formal_fit,
        }
    }

    /// Scores every occupation: best match (as shown, in tenths) first, ties
    /// by id. The order of occupations in the file changes nothing.
    pub fn rank(&self, seeker: &Seeker<'_>) -> Vec<Ranked> {
        let mut ranked: Vec<Ranked> = (0..self.demand.occupations.len())
            .map(|index| {
                let scores = self.scores(index, seeker);
                Ranked {
                    index,
                    match_score: to_points(scores.match_score),
                    readiness: to_points(scores.readiness),
                }
            })
            .collect();
        let occupations = &self.demand.occupations;
        ranked.sort_by(|a, b| {
            b.match_score
                .cmp(&a.match_score)
                .then_with(|| occupations[a.index].id.cmp(&occupations[b.index].id))
        });
        ranked
    }

    /// The full explanation of one occupation's scores, in `lang`.
    pub fn explain(&self, occupation: usize, seeker: &Seeker<'_>, lang: &str) -> Explained {
        let occ = &self.demand.occupations[occupation];
        let total = self.totals[occupation].0;

        let mut lines: Vec<ReadinessLine> = Vec::with_capacity(occ.requirements.len());
        let mut raw = Vec::with_capacity(occ.requirements.len());
        for (r, requirement) in occ.requirements.iter().enumerate() {
            let w = weight(requirement);
            let (status, c) = assess(requirement, self.slot(occupation, r), seeker);
            raw.push(if total > 0.0 {
                100.0 * w * c / total
            } else {
                0.0
            });
            // A training is offered only for a gap the seeker is known to
            // have, in a requirement that matters: never for something left
            // unanswered, for what is met, or for what weighs below
            // "important" (3 on O*NET's 1–5 scale, the line O*NET itself
            // draws) — a nurse's little machine work, or one of the hundreds
            // of optional skills JobTech links to a group, many of which
            // building or kitchen courses also teach.
            let trainings =
                if matches!(status, Status::Met | Status::Unknown) || !matters(requirement) {
                    Vec::new()
                } else {
                    self.trainings_closing(requirement)
                        .map(|t| t.id.clone())
                        .collect()
                };
            lines.push(ReadinessLine {
                requirement: requirement.clone(),
                status,
                credit: c,
                weight: w,
                points: Points(0),
                trainings,
            });
        }
        let scores = self.scores(occupation, seeker);
        let readiness = to_points(scores.readiness);
        for (line, p) in lines.iter_mut().zip(apportion(&raw, readiness.0)) {
            // Readiness terms are never negative, so neither is their share.
            line.points = Points(p.max(0) as u16);
        }

        let parts = self.parts(occupation, seeker);
        let [wl, ws, wf] = shares([scores.level_fit, scores.skill_fit, scores.formal_fit]);
        let score = to_points(scores.match_score);
        let mut match_lines = Vec::new();
        let mut raw = Vec::new();
        if parts.level.is_empty() && wl > 0.0 {
            raw.push(100.0 * wl * NEUTRAL_LEVEL_FIT);
            match_lines.push(MatchLine::NoLevelProfile { points: Delta(0) });
        }
        let n = parts.level.len() as f64;
        for (&(r, have, level), term) in parts.level.iter().zip(parts.level_terms()) {
            if let Requirement::Level { element, .. } = &occ.requirements[r] {
                raw.push(100.0 * wl * term / n);
                match_lines.push(MatchLine::Level {
                    element: element.clone(),
                    seeker: have,
                    occupation: level,
                    points: Delta(0),
                });
            }
        }
        for &r in &parts.skills {
            if let Requirement::Skill { skill, .. } = &occ.requirements[r] {
                raw.push(100.0 * ws / parts.skill_norm.sqrt());
                match_lines.push(MatchLine::Skill {
                    skill: skill.clone(),
                    points: Delta(0),
                });
            }
        }
        if wf > 0.0 {
            let formal: Vec<(&Requirement, f64)> = lines
                .iter()
                .filter(|l| is_formal(&l.requirement) && l.status != Status::Unknown)
                .map(|l| (&l.requirement, l.credit))
                .collect();
            if formal.is_empty() {
                raw.push(100.0 * wf);
                match_lines.push(MatchLine::NoFormalGap { points: Delta(0) });
            }
            for (requirement, credit) in &formal {
                raw.push(100.0 * wf * credit / formal.len() as f64);
                match_lines.push(MatchLine::Formal {
                    requirement: (*requirement).clone(),
                    credit: *credit,
                    points: Delta(0),
                });
            }
        }
        for (line, p) in match_lines.iter_mut().zip(apportion(&raw, score.0)) {
            match line {
                MatchLine::Level { points, .. }
                | MatchLine::Skill { points, .. }
                | MatchLine::NoLevelProfile { points }
                | MatchLine::Formal { points, .. }
                | MatchLine::NoFormalGap { points } => *points = Delta(p as i32),
            }
        }

        Explained {
            id: occ.id.clone(),
            label: occ.label.get(lang).text.to_owned(),
            score,
            readiness,
            coverage: to_points(scores.coverage),
            level_fit: scores.level_fit.map(|f| to_points(100.0 * f)),
            skill_fit: scores.skill_fit.map(|f| to_points(100.0 * f)),
            formal_fit: scores.formal_fit.map(|f| to_points(100.0 * f)),
            breakdown: lines,
            match_breakdown: match_lines,
        }
    }

    /// The trainings in the file that close `requirement`'s target.
    pub fn trainings_closing<'r>(
        &'r self,
        requirement: &'r Requirement,
    ) -> impl Iterator<Item = &'d Training> + 'r {
        let target = requirement.target();
        self.demand
            .trainings
            .iter()
            .filter(move |t| t.closes.iter().any(|c| c.target() == target))
    }
}

fn to_points(value: f64) -> Points {
    Points((value.clamp(0.0, 100.0) * 10.0).round() as u16)
}

/// Splits `total` tenths over the lines in proportion to `raw` (largest
/// remainder), so that the shown points add up exactly to the shown score.
fn apportion(raw: &[f64], total: u16) -> Vec<i64> {
    let tenths: Vec<f64> = raw.iter().map(|r| r * 10.0).collect();
    let mut out: Vec<i64> = tenths.iter().map(|t| t.floor() as i64).collect();
    let mut left = i64::from(total) - out.iter().sum::<i64>();
    let frac = |i: usize| tenths[i] - tenths[i].floor();
    let mut order: Vec<usize> = (0..raw.len()).collect();
    order.sort_by(|&a, &b| frac(b).total_cmp(&frac(a)).then(a.cmp(&b)));
    // Missing tenths go to the largest remainders; a surplus (rounding of
    // the total can overshoot by one) comes off the smallest.
    let n = order.len();
    let mut step = 0;
    while left != 0 && n > 0 {
        if left > 0 {
            out[order[step % n]] += 1;
            left -= 1;
        } else {
            out[order[n - 1 - step % n]] -= 1;
            left += 1;
        }
        step += 1;
    }
    out
}

/// A training offered in an explanation: how many of the seeker's known
/// gaps it closes and the readiness it would leave her with.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer<'d> {
    pub training: &'d Training,
    pub gaps: usize,
    pub readiness_after: Points,
}

impl Offer<'_> {
    /// Readiness points gained per week of training; a training of unknown
    /// length counts as the longest one listed would.
    fn gain_per_week(&self, now: Points, longest: f64) -> f64 {
        let gain = f64::from(self.readiness_after.0) - f64::from(now.0);
        gain / self
            .training
            .duration_weeks
            .map_or(longest, f64::from)
            .max(1.0)
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
        let longest = self
            .demand
            .trainings
            .iter()
            .filter_map(|t| t.duration_weeks)
            .map(f64::from)
            .fold(52.0, f64::max);
        let now = explained.readiness;
        offers.sort_by(|a, b| {
            b.gain_per_week(now, longest)
                .total_cmp(&a.gain_per_week(now, longest))
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
