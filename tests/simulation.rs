//! Does a seeker's own occupation come out on top? Simulated seekers drawn
//! from occupation profiles — noisy and coarse self-ratings, unanswered
//! items, some over-qualification, partly ticked skill lists — ranked
//! against a synthetic demand file shaped like the real one (occupations in
//! families with similar profiles, shared and specific skills).
//!
//! Measured (300 seekers each): top-1 0.96 plain, 0.92 coarse, 0.91
//! over-qualified, 0.91 with no skills ticked; top-5 0.99–1.00. Readiness
//! as the ranking key: top-1 0.75, 0.58, 0.65, 0.13.
//! The thresholds are set from those runs with margin; they exist to
//! catch a scorer change that makes ranking worse, and the comparison with
//! readiness shows why match, not readiness, is the ranking key.

use kompetenskoll::core::answers::{Answers, LevelAnswer, SkillAnswer};
use kompetenskoll::core::demand::{
    CatalogueEntry, DemandFile, Occupation, Publisher, Region, Requirement,
};
use kompetenskoll::core::scoring::Scorer;
use kompetenskoll::core::synthetic::Rng;
use kompetenskoll::core::text::Text;

const ELEMENTS: usize = 68;
const FAMILIES: usize = 40;
const PER_FAMILY: usize = 10;

struct World {
    demand: DemandFile,
    /// Per occupation: its levels (all elements) and its skill ids.
    levels: Vec<Vec<f64>>,
    skills: Vec<Vec<String>>,
    /// Per family: its shared skill ids.
    family_skills: Vec<Vec<String>>,
}

fn world(rng: &mut Rng) -> World {
    let element_ids: Vec<String> = (0..ELEMENTS).map(|e| format!("el-{e}")).collect();
    let mut skill_ids = Vec::new();
    let mut occupations = Vec::new();
    let (mut levels, mut skills, mut family_skills) = (Vec::new(), Vec::new(), Vec::new());
    let generic: Vec<String> = (0..30).map(|s| format!("generic-{s}")).collect();
    skill_ids.extend(generic.iter().cloned());
    for f in 0..FAMILIES {
        let elevation = 0.8 + 2.2 * rng.unit();
        let base: Vec<f64> = (0..ELEMENTS)
            .map(|_| (elevation + 1.0 * rng.normal()).clamp(0.0, 4.0))
            .collect();
        let shared: Vec<String> = (0..40).map(|s| format!("fam{f}-{s}")).collect();
        skill_ids.extend(shared.iter().cloned());
        for o in 0..PER_FAMILY {
            let id = format!("occ-{f:02}-{o}");
            let lv: Vec<f64> = base
                .iter()
                .map(|b| (b + 0.35 * rng.normal()).clamp(0.0, 4.0))
                .collect();
            let mut own: Vec<String> = shared.iter().filter(|_| rng.chance(0.5)).cloned().collect();
            own.extend((0..4).map(|s| format!("{id}-own-{s}")));
            own.extend(generic.iter().filter(|_| rng.chance(0.1)).cloned());
            skill_ids.extend(own.iter().filter(|s| s.contains("-own-")).cloned());
            let mut requirements: Vec<Requirement> = lv
                .iter()
                .zip(&element_ids)
                .map(|(&level, element)| Requirement::Level {
                    element: element.clone(),
                    level,
                    importance: (1.0 + 0.9 * level + 0.4 * rng.normal()).clamp(1.0, 5.0),
                })
                .collect();
            requirements.extend(own.iter().map(|s| Requirement::Skill {
                skill: s.clone(),
                essential: rng.chance(0.3),
            }));
            occupations.push(Occupation {
                id,
                ssyk: None,
                jobtech_id: None,
                label: Text::sv("yrke"),
                description: None,
                field: None,
                outlook: vec![],
                openings: None,
                requirements,
                note: None,
            });
            levels.push(lv);
            skills.push(own);
        }
        family_skills.push(shared);
    }
    let entry = |id: &String| CatalogueEntry {
        id: id.clone(),
        label: Text::sv(id),
        jobtech_id: None,
    };
    let demand = DemandFile {
        format: kompetenskoll::core::demand::FORMAT.into(),
        id: "simulation".into(),
        title: Text::sv("Simulering"),
        publisher: Publisher {
            name: "test".into(),
            url: None,
        },
        region: Region {
            name: Text::sv("Sverige"),
            county: None,
            municipality: None,
        },
        published: "2026-01-01".into(),
        valid_until: "2027-01-01".into(),
        licence: "CC0".into(),
        attribution: vec![],
        sources: vec![],
        elements: element_ids.iter().map(entry).collect(),
        skills: skill_ids.iter().map(entry).collect(),
        occupations,
        trainings: vec![],
        sha256: String::new(),
    };
    World {
        demand,
        levels,
        skills,
        family_skills,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Plain,
    Coarse,
    OverQualified,
    NoSkills,
}

fn seeker(rng: &mut Rng, world: &World, occ: usize, kind: Kind) -> Answers {
    let mut answers = Answers::default();
    for (e, &level) in world.levels[occ].iter().enumerate() {
        if rng.chance(0.25) {
            continue; // unanswered
        }
        let mut rated = level + 0.6 * rng.normal();
        if kind == Kind::OverQualified && rng.chance(0.5) {
            rated += 1.0;
        }
        let mut rated = rated.round().clamp(0.0, 4.0) as u8;
        if kind == Kind::Coarse {
            rated = (rated / 2) * 2
                + if rated % 2 == 1 && rng.chance(0.5) {
                    2
                } else {
                    0
                };
            rated = rated.min(4);
        }
        answers.levels.insert(
            format!("el-{e}"),
            LevelAnswer {
                level: Some(rated),
                ..Default::default()
            },
        );
    }
    if kind != Kind::NoSkills {
        let family = occ / PER_FAMILY;
        for s in &world.skills[occ] {
            answers.skills.insert(
                s.clone(),
                SkillAnswer {
                    has: rng.chance(0.4),
                    ..Default::default()
                },
            );
        }
        // Shown, too: the family's other skills and a neighbour's own ones.
        let neighbour = family * PER_FAMILY + rng.below(PER_FAMILY);
        for s in world.family_skills[family]
            .iter()
            .chain(&world.skills[neighbour])
        {
            answers
                .skills
                .entry(s.clone())
                .or_insert_with(|| SkillAnswer {
                    has: rng.chance(0.15),
                    ..Default::default()
                });
        }
    }
    answers
}

struct Tally {
    top1: usize,
    top5: usize,
    n: usize,
}

impl Tally {
    fn rate(&self, hits: usize) -> f64 {
        hits as f64 / self.n as f64
    }
}

fn simulate(kind: Kind, seekers: usize) -> (Tally, Tally) {
    let mut rng = Rng(0x5EED + kind as u64);
    let world = world(&mut rng);
    let scorer = Scorer::new(&world.demand);
    let mut by_match = Tally {
        top1: 0,
        top5: 0,
        n: 0,
    };
    let mut by_readiness = Tally {
        top1: 0,
        top5: 0,
        n: 0,
    };
    for _ in 0..seekers {
        let occ = rng.below(world.demand.occupations.len());
        let answers = seeker(&mut rng, &world, occ, kind);
        let seeker = scorer.seeker(&answers);
        let ranked = scorer.rank(&seeker);
        let at = ranked.iter().position(|r| r.index == occ).unwrap();
        by_match.top1 += usize::from(at == 0);
        by_match.top5 += usize::from(at < 5);
        by_match.n += 1;
        let mut by_r = ranked.clone();
        by_r.sort_by(|a, b| b.readiness.cmp(&a.readiness).then(a.index.cmp(&b.index)));
        let at = by_r.iter().position(|r| r.index == occ).unwrap();
        by_readiness.top1 += usize::from(at == 0);
        by_readiness.top5 += usize::from(at < 5);
        by_readiness.n += 1;
    }
    (by_match, by_readiness)
}

fn check(kind: Kind, name: &str, min_top1: f64, min_top5: f64) {
    let (m, r) = simulate(kind, 300);
    eprintln!(
        "{name}: match top-1 {:.2} top-5 {:.2}; readiness top-1 {:.2} top-5 {:.2}",
        m.rate(m.top1),
        m.rate(m.top5),
        r.rate(r.top1),
        r.rate(r.top5)
    );
    assert!(
        m.rate(m.top1) >= min_top1,
        "{name}: top-1 {:.2} < {min_top1}",
        m.rate(m.top1)
    );
    assert!(
        m.rate(m.top5) >= min_top5,
        "{name}: top-5 {:.2} < {min_top5}",
        m.rate(m.top5)
    );
    assert!(
        m.top1 > r.top1,
        "{name}: match should rank better than readiness"
    );
}

#[test]
fn plain_seekers_find_their_own_occupation() {
    check(Kind::Plain, "plain", 0.85, 0.97);
}

#[test]
fn coarse_raters_find_their_own_occupation() {
    check(Kind::Coarse, "coarse", 0.8, 0.95);
}

#[test]
fn over_qualified_seekers_find_their_own_occupation() {
    check(Kind::OverQualified, "over-qualified", 0.8, 0.95);
}

#[test]
fn seekers_who_tick_no_skills_still_find_it_from_levels_alone() {
    check(Kind::NoSkills, "no skills", 0.8, 0.95);
}
