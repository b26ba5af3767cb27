//! Generated demand files for benchmarks: realistic shape (level and skill
//! requirements over shared catalogues), reproducible from a seed, and of
//! any size. Not content: nothing here is shipped to seekers.

use crate::answers::{Answers, LevelAnswer, SkillAnswer};
use crate::demand::{CatalogueEntry, DemandFile, Occupation, Publisher, Region, Requirement};
use crate::text::Text;

/// SplitMix64: tiny and deterministic (also core::simulation's).
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * self.unit()).cos()
    }
}

pub const ELEMENTS: usize = 68;
pub const SKILLS: usize = 6000;

/// `occupations` occupations with `requirements` requirements each: about
/// two fifths level requirements over 68 elements, the rest skills drawn
/// from a catalogue of 6,000.
pub fn demand(occupations: usize, requirements: usize, seed: u64) -> DemandFile {
    let mut rng = Rng(seed);
    let elements: Vec<CatalogueEntry> = (0..ELEMENTS)
        .map(|e| CatalogueEntry {
            id: format!("el-{e}"),
            label: Text::sv(&format!("Område {e}")),
            jobtech_id: None,
        })
        .collect();
    let skills: Vec<CatalogueEntry> = (0..SKILLS)
        .map(|s| CatalogueEntry {
            id: format!("sk-{s}"),
            label: Text::sv(&format!("Färdighet {s}")),
            jobtech_id: None,
        })
        .collect();
    let levels = (requirements * 2 / 5).min(ELEMENTS);
    let occupations = (0..occupations)
        .map(|i| {
            let start = rng.below(ELEMENTS);
            let mut reqs: Vec<Requirement> = (0..levels)
                .map(|k| Requirement::Level {
                    element: elements[(start + k) % ELEMENTS].id.clone(),
                    level: (rng.unit() * 40.0).round() / 10.0,
                    importance: 1.0 + (rng.unit() * 40.0).round() / 10.0,
                })
                .collect();
            let first = rng.below(SKILLS);
            reqs.extend((0..requirements - levels).map(|k| Requirement::Skill {
                skill: skills[(first + k * 7) % SKILLS].id.clone(),
                essential: rng.unit() < 0.3,
            }));
            Occupation {
                id: format!("occ-{i:05}"),
                ssyk: None,
                jobtech_id: None,
                label: Text::sv(&format!("Yrke {i}")),
                description: None,
                field: None,
                outlook: Vec::new(),
                openings: None,
                requirements: reqs,
                note: None,
            }
        })
        .collect();
    DemandFile {
        format: crate::demand::FORMAT.to_owned(),
        id: format!("synthetic-{seed}"),
        title: Text::sv("Genererad testfil"),
        publisher: Publisher {
            name: "Kompetenskoll (generated)".to_owned(),
            url: None,
        },
        region: Region {
            name: Text::sv("Sverige"),
            county: None,
            municipality: None,
        },
        published: "2026-01-01".to_owned(),
        valid_until: "2099-12-31".to_owned(),
        licence: "CC0".to_owned(),
        attribution: Vec::new(),
        sources: Vec::new(),
        elements,
        skills,
        occupations,
        trainings: Vec::new(),
        sha256: String::new(),
    }
}

/// A seeker who rated most elements and ticked a few hundred skills.
pub fn answers(seed: u64) -> Answers {
    let mut rng = Rng(seed);
    let mut a = Answers::default();
    for e in 0..ELEMENTS {
        if rng.unit() < 0.8 {
            a.levels.insert(
                format!("el-{e}"),
                LevelAnswer {
                    level: Some(rng.below(5) as u8),
                    ..Default::default()
                },
            );
        }
    }
    for _ in 0..300 {
        a.skills.insert(
            format!("sk-{}", rng.below(SKILLS)),
            SkillAnswer {
                has: rng.unit() < 0.5,
                ..Default::default()
            },
        );
    }
    a
}

/// A seeker for any demand file: most elements rated, a tenth of the skills
/// shown and half of those ticked.
pub fn answers_for(demand: &DemandFile, seed: u64) -> Answers {
    let mut rng = Rng(seed);
    let mut a = Answers::default();
    for e in &demand.elements {
        if rng.unit() < 0.8 {
            a.levels.insert(
                e.id.clone(),
                LevelAnswer {
                    level: Some(rng.below(5) as u8),
                    ..Default::default()
                },
            );
        }
    }
    for s in &demand.skills {
        if rng.unit() < 0.1 {
            a.skills.insert(
                s.id.clone(),
                SkillAnswer {
                    has: rng.unit() < 0.5,
                    ..Default::default()
                },
            );
        }
    }
    a
}
