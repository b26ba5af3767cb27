//! Simulated seekers on a questionnaire and a demand file, to compare the
//! paths through the questions: the fixed short path, all ratings, and the
//! adaptive path (`crate::adaptive`). Native only: the CLI's
//! `simulate-paths` and tests/adaptive_path.rs run it.
//!
//! The noise model. A seeker belongs to one occupation of the file (drawn
//! evenly among those with a level profile) and has a self-rating for
//! every rated item, drawn once and used on every path:
//! - her occupation's required level plus normal noise (σ = 0.6), a notch
//!   high (+1) one time in six, rounded and clamped to 0–4; an element her
//!   occupation does not list is rated at her occupation's mean level with
//!   the same noise;
//! - one item in ten left unanswered ("I don't know");
//! - education: her occupation's required level seven times in ten, one
//!   step below or above otherwise (ISCED 2–7);
//! - work history, by [`History`]: none; a job in her own group, whose
//!   skills she is shown and ticks each of with chance ½; or a job in a
//!   neighbouring group (same first three SSYK digits, else two), whose
//!   skills she is shown and ticks those her own occupation lists, each
//!   with chance ½.
//!
//! The measure: how often her own occupation is among the five best
//! matches the scorer ranks.

use crate::adaptive::{Chooser, Next};
use crate::answers::{Answers, Job, LevelAnswer, SkillAnswer};
use crate::demand::{DemandFile, Requirement};
use crate::questionnaire::Questionnaire;
use crate::scoring::Scorer;
use crate::synthetic::Rng;

/// What the simulated seeker says of her work in Sweden.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    None,
    OwnGroup,
    NeighbouringGroup,
}

/// The paths compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Path {
    /// Today's short path: the items marked `short`.
    FixedShort,
    /// Every rated item.
    All,
    /// `crate::adaptive`, at most `crate::adaptive::MAX_RATINGS`.
    Adaptive,
}

/// One simulated seeker: her occupation, the answers of the opening, and a
/// rating (or none) for every rated item, by the item's place.
pub struct Seeker {
    pub occupation: usize,
    opening: Answers,
    ratings: Vec<Option<u8>>,
}

const SIGMA: f64 = 0.6;
const NOTCH_HIGH: f64 = 1.0 / 6.0;
const UNANSWERED: f64 = 0.1;
const TICK: f64 = 0.5;

/// The occupations a seeker can be drawn from: those with a level profile.
fn with_levels(demand: &DemandFile) -> Vec<usize> {
    (0..demand.occupations.len())
        .filter(|&o| {
            demand.occupations[o]
                .requirements
                .iter()
                .any(|r| matches!(r, Requirement::Level { .. }))
        })
        .collect()
}

fn levels_of(demand: &DemandFile, o: usize) -> impl Iterator<Item = (&str, f64)> {
    demand.occupations[o]
        .requirements
        .iter()
        .filter_map(|r| match r {
            Requirement::Level { element, level, .. } => Some((element.as_str(), *level)),
            _ => None,
        })
}

/// The education occupation `o` requires (ISCED), upper secondary where
/// it says none: what a seeker from it has, in the noise model.
fn education_of(demand: &DemandFile, o: usize) -> u8 {
    demand.occupations[o]
        .requirements
        .iter()
        .find_map(|r| match r {
            Requirement::Education { isced } => Some(*isced),
            _ => None,
        })
        .unwrap_or(3)
}

/// The neighbouring group of occupation `o`: another with the same first
/// three SSYK digits (else two), drawn evenly; none if it has no group.
fn neighbour(rng: &mut Rng, demand: &DemandFile, o: usize) -> Option<usize> {
    let ssyk = demand.occupations[o].ssyk.as_deref()?;
    for digits in [3, 2] {
        let near: Vec<usize> = (0..demand.occupations.len())
            .filter(|&n| n != o)
            .filter(|&n| {
                demand.occupations[n]
                    .ssyk
                    .as_deref()
                    .is_some_and(|s| s.get(..digits) == ssyk.get(..digits))
            })
            .collect();
        if !near.is_empty() {
            return Some(near[rng.below(near.len())]);
        }
    }
    None
}

pub fn seeker(
    rng: &mut Rng,
    demand: &DemandFile,
    questionnaire: &Questionnaire,
    history: History,
) -> Seeker {
    let pool = with_levels(demand);
    let o = pool[rng.below(pool.len())];
    let own: Vec<(&str, f64)> = levels_of(demand, o).collect();
    let mean = own.iter().map(|l| l.1).sum::<f64>() / own.len() as f64;
    let ratings = questionnaire
        .level_items()
        .map(|item| {
            let need = own.iter().find(|l| l.0 == item.id).map_or(mean, |l| l.1);
            let high = if rng.chance(NOTCH_HIGH) { 1.0 } else { 0.0 };
            let rated = (need + SIGMA * rng.normal() + high).round().clamp(0.0, 4.0) as u8;
            (!rng.chance(UNANSWERED)).then_some(rated)
        })
        .collect();
    let mut opening = Answers::default();
    let education = education_of(demand, o);
    let step = rng.unit();
    opening.education = Some(if step < 0.7 {
        education
    } else if step < 0.85 {
        education.saturating_sub(1).max(2)
    } else {
        (education + 1).min(7)
    });
    let shown = match history {
        History::None => None,
        History::OwnGroup => Some(o),
        History::NeighbouringGroup => neighbour(rng, demand, o),
    };
    if let Some(job) = shown {
        let ssyk = demand.occupations[job].ssyk.clone();
        opening.work_history.push(Job {
            title: demand.occupations[job].id.clone(),
            ssyk: ssyk.clone(),
            occupation_id: None,
            years: Some(3.0),
        });
        let hers = |skill: &str| {
            demand.occupations[o]
                .requirements
                .iter()
                .any(|r| matches!(r, Requirement::Skill { skill: s, .. } if s == skill))
        };
        for skill in demand.group_skills(ssyk.as_deref().unwrap_or_default()) {
            let has = hers(skill) && rng.chance(TICK);
            opening.skills.insert(
                skill.to_owned(),
                SkillAnswer {
                    has,
                    ..Default::default()
                },
            );
        }
    }
    Seeker {
        occupation: o,
        opening,
        ratings,
    }
}

fn rate(answers: &mut Answers, id: &str, rating: Option<u8>) {
    answers.levels.insert(
        id.to_owned(),
        LevelAnswer {
            level: rating,
            ..Default::default()
        },
    );
}

/// The seeker's answers at the end of `path`, and how many ratings it asked.
pub fn walk(
    scorer: &Scorer<'_>,
    chooser: &Chooser,
    questionnaire: &Questionnaire,
    seeker: &Seeker,
    path: Path,
) -> (Answers, usize) {
    let items: Vec<&str> = questionnaire.level_items().map(|i| i.id.as_str()).collect();
    let rating = |id: &str| seeker.ratings[items.iter().position(|i| *i == id).unwrap()];
    let mut answers = seeker.opening.clone();
    match path {
        Path::FixedShort | Path::All => {
            let mut asked = 0;
            for item in questionnaire.level_items() {
                if path == Path::All || item.short {
                    rate(&mut answers, &item.id, rating(&item.id));
                    asked += 1;
                }
            }
            (answers, asked)
        }
        Path::Adaptive => {
            let mut asked: Vec<String> = Vec::new();
            while let Next::Ask(id) = chooser.next_question(scorer, &answers, &asked) {
                rate(&mut answers, &id, rating(&id));
                asked.push(id);
            }
            (answers, asked.len())
        }
    }
}

/// Whether the seeker's own occupation is among the five best matches.
pub fn in_top_five(scorer: &Scorer<'_>, seeker: &Seeker, answers: &Answers) -> bool {
    scorer
        .rank(&scorer.seeker(answers))
        .iter()
        .take(5)
        .any(|r| r.index == seeker.occupation)
}

/// The standard normal distribution function (Abramowitz and Stegun
/// 7.1.26, error under 1.5e-7).
fn normal_cdf(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * z);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-z * z).exp();
    0.5 * (1.0 + erf.copysign(x))
}

/// The chance of the self-rating `r` from an occupation that needs `need`,
/// under the noise model above (σ, a notch high one time in six, rounded
/// and clamped to 0–4).
fn rating_chance(r: u8, need: f64) -> f64 {
    let below = |edge: f64, mu: f64| normal_cdf((edge - mu) / SIGMA);
    [(0.0, 1.0 - NOTCH_HIGH), (1.0, NOTCH_HIGH)]
        .iter()
        .map(|&(high, share)| {
            let mu = need + high;
            let upper = if r == 4 {
                1.0
            } else {
                below(f64::from(r) + 0.5, mu)
            };
            let lower = if r == 0 {
                0.0
            } else {
                below(f64::from(r) - 0.5, mu)
            };
            share * (upper - lower)
        })
        .sum::<f64>()
        .max(1e-12)
}

/// Whether her own occupation is among the five the noise model itself
/// finds likeliest for her ratings and education (every occupation seekers
/// are drawn from equally likely before): what a ranking that knew the
/// model would do on average, to set the scorer's figure beside. Work
/// history and skills are not in it, so it says most with no work history.
pub fn in_likeliest_five(demand: &DemandFile, seeker: &Seeker, answers: &Answers) -> bool {
    let mut likely: Vec<(f64, usize)> = with_levels(demand)
        .into_iter()
        .map(|o| {
            let own: Vec<(&str, f64)> = levels_of(demand, o).collect();
            let mean = own.iter().map(|l| l.1).sum::<f64>() / own.len() as f64;
            let mut log = 0.0;
            for (id, answer) in &answers.levels {
                if let Some(r) = answer.level {
                    let need = own.iter().find(|l| l.0 == id).map_or(mean, |l| l.1);
                    log += rating_chance(r, need).ln();
                }
            }
            if let Some(have) = answers.education {
                let need = education_of(demand, o);
                let mut chance = 0.0;
                if have == need {
                    chance += 0.7;
                }
                if have == need.saturating_sub(1).max(2) {
                    chance += 0.15;
                }
                if have == (need + 1).min(7) {
                    chance += 0.15;
                }
                log += f64::max(chance, 1e-6).ln();
            }
            (log, o)
        })
        .collect();
    likely.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    likely.iter().take(5).any(|&(_, o)| o == seeker.occupation)
}

/// One path's result over the seekers.
#[derive(Clone, Copy, Debug)]
pub struct Outcome {
    pub path: Path,
    /// Share of seekers with their own occupation in the top five.
    pub top_five: f64,
    /// Share with her own occupation among the five the noise model itself
    /// finds likeliest ([`in_likeliest_five`]).
    pub likeliest_five: f64,
    /// Mean number of ratings asked.
    pub ratings: f64,
}

/// `n` seekers with `history`, each walked on every path.
pub fn compare(
    demand: &DemandFile,
    questionnaire: &Questionnaire,
    history: History,
    n: usize,
    seed: u64,
) -> Vec<Outcome> {
    let scorer = Scorer::new(demand);
    let items: Vec<&str> = questionnaire.level_items().map(|i| i.id.as_str()).collect();
    let chooser = Chooser::new(&scorer, &items);
    let mut rng = Rng(seed);
    let seekers: Vec<Seeker> = (0..n)
        .map(|_| seeker(&mut rng, demand, questionnaire, history))
        .collect();
    [Path::FixedShort, Path::All, Path::Adaptive]
        .into_iter()
        .map(|path| {
            let (mut hits, mut likely, mut ratings) = (0usize, 0usize, 0usize);
            for s in &seekers {
                let (answers, asked) = walk(&scorer, &chooser, questionnaire, s, path);
                hits += usize::from(in_top_five(&scorer, s, &answers));
                likely += usize::from(in_likeliest_five(demand, s, &answers));

                ratings += asked;
            }
            Outcome {
                path,
                top_five: hits as f64 / n as f64,
                likeliest_five: likely as f64 / n as f64,
                ratings: ratings as f64 / n as f64,
            }
        })
        .collect()
}
