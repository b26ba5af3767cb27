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

use std::collections::{BTreeMap, HashMap};

use crate::answers::Answers;
use crate::demand::{DemandFile, Requirement, Target, Training};
use crate::scales::{Cefr, LanguageActivity, MAX_LEVEL};

mod fit;
mod lines;
mod offers;
mod points;

pub use fit::NEUTRAL_LEVEL_FIT;
use fit::{combine, formal_term, is_formal, shares, LevelSums, MatchParts};
pub use lines::{Explained, MatchLine, Ranked, ReadinessLine, Status};
pub use offers::{after_training, Offer, UNKNOWN_WEEKS};
use points::{apportion, to_points};
pub use points::{Delta, Points};

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
    /// The trainings that close each target, by place in the file (in its
    /// order): a shortlist asks for every gap of a thousand seekers.
    closing: HashMap<Target<'d>, Vec<usize>>,
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
        let mut closing: HashMap<Target<'d>, Vec<usize>> = HashMap::new();
        for (t, training) in demand.trainings.iter().enumerate() {
            for c in &training.closes {
                let trainings = closing.entry(c.target()).or_default();
                if trainings.last() != Some(&t) {
                    trainings.push(t);
                }
            }
        }
        Scorer {
            demand,
            elements,
            skills,
            compiled,
            ranges,
            totals,
            closing,
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

    /// The seeker once `trainings` are taken, as `seeker` of the answers
    /// `after_training` gives: only her formal answers are copied (the
    /// levels and skills are her index, raised), so that a shortlist's
    /// route costs no copy of a thousand seekers' ratings. `formal` holds
    /// the copy the result reads.
    pub fn trained<'a>(
        &self,
        seeker: &Seeker<'_>,
        trainings: &[&Training],
        formal: &'a mut Answers,
    ) -> Seeker<'a> {
        let answers = seeker.answers;
        *formal = Answers {
            languages: answers.languages.clone(),
            licences: answers.licences.clone(),
            education: answers.education,
            ..Answers::default()
        };
        for training in trainings {
            *formal = after_training(formal, training);
        }
        let mut levels = seeker.levels.clone();
        for (id, answer) in &formal.levels {
            if let (Some(&e), Some(level)) = (self.elements.get(id.as_str()), answer.level) {
                let reached = level.min(MAX_LEVEL);
                levels[e] = Some(levels[e].map_or(reached, |have| have.max(reached)));
            }
        }
        let mut skills = seeker.skills.clone();
        let mut ticked = seeker.ticked;
        for id in formal.skills.keys() {
            if let Some(&s) = self.skills.get(id.as_str()) {
                skills[s] = Some(true);
            }
            // As `after_training` ticks it: one more unless she had.
            if !answers.skills.get(id).is_some_and(|a| a.has) {
                ticked += 1;
            }
        }
        formal.levels.clear();
        formal.skills.clear();
        let formal: &'a Answers = formal;
        Seeker {
            rated: levels.iter().filter(|l| l.is_some()).count(),
            formal: formal.education.is_some()
                || formal.licences.is_some()
                || formal.languages.values().any(|rated| !rated.is_empty()),
            answers: formal,
            levels,
            skills,
            ticked,
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
                            formal_credit +=
                                formal_term(requirement, credit, seeker.answers.education);
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

    /// The index of element `id` in the file's catalogue.
    pub fn element(&self, id: &str) -> Option<usize> {
        self.elements.get(id).copied()
    }

    /// Every occupation's required level for every element of the
    /// catalogue, occupation after occupation (`None`: not listed).
    pub fn level_needs(&self) -> Vec<Option<f64>> {
        let width = self.elements.len();
        let mut needs = vec![None; self.ranges.len() * width];
        for (o, range) in self.ranges.iter().enumerate() {
            for c in &self.compiled[range.clone()] {
                if let Slot::Element(e) = c.slot {
                    needs[o * width + e] = Some(c.need);
                }
            }
        }
        needs
    }

    /// Every occupation's match, unrounded, in file order.
    pub fn match_scores(&self, seeker: &Seeker<'_>) -> Vec<f64> {
        (0..self.demand.occupations.len())
            .map(|o| self.scores(o, seeker).match_score)
            .collect()
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

    /// One occupation's figures as an explanation shows them: readiness,
    /// match and coverage.
    pub fn figures(&self, occupation: usize, seeker: &Seeker<'_>) -> [Points; 3] {
        let scores = self.scores(occupation, seeker);
        [scores.readiness, scores.match_score, scores.coverage].map(to_points)
    }

    /// Each requirement of an occupation with its status and credit, as
    /// an explanation's lines have them, borrowed from the file: what a
    /// shortlist reads of a thousand seekers, with no line made.
    pub fn assessed<'s>(
        &'s self,
        occupation: usize,
        seeker: &'s Seeker<'_>,
    ) -> impl Iterator<Item = (&'d Requirement, Status, f64)> + 's {
        self.demand.occupations[occupation]
            .requirements
            .iter()
            .enumerate()
            .map(move |(r, requirement)| {
                let (status, credit) = assess(requirement, self.slot(occupation, r), seeker);
                (requirement, status, credit)
            })
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
                .map(|l| {
                    let term = formal_term(&l.requirement, l.credit, seeker.answers.education);
                    (&l.requirement, term)
                })
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

    /// The places in the file of the trainings that close `requirement`'s
    /// target (a requirement of this file), in the file's order.
    pub fn closing_at(&self, requirement: &'d Requirement) -> &[usize] {
        self.closing
            .get(&requirement.target())
            .map_or(&[], Vec::as_slice)
    }

    /// The trainings in the file that close `requirement`'s target (a
    /// requirement of this file).
    pub fn trainings_closing<'r>(
        &'r self,
        requirement: &'d Requirement,
    ) -> impl Iterator<Item = &'d Training> + 'r {
        let trainings = &self.demand.trainings;
        self.closing_at(requirement)
            .iter()
            .map(move |&t| &trainings[t])
    }
}
