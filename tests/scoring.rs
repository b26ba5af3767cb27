//! The scorer: the worked example of SCORING.md, explanations that add up,
//! determinism, and the properties readiness promises.

use kompetenskoll::core::answers::{Answers, LevelAnswer, SkillAnswer};
use kompetenskoll::core::demand::DemandFile;
use kompetenskoll::core::json;
use kompetenskoll::core::profile::Profile;
use kompetenskoll::core::scoring::{after_training, Explained, Scorer, Status};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn demand() -> DemandFile {
    json::parse_demand(&fixture("demand-example.json")).unwrap()
}

fn answers() -> Answers {
    let profile: Profile = json::parse_profile(&fixture("profile-example.json")).unwrap();
    profile.answers
}

fn explain_all(demand: &DemandFile, answers: &Answers) -> Vec<Explained> {
    let scorer = Scorer::new(demand);
    let seeker = scorer.seeker(answers);
    scorer
        .rank(&seeker)
        .iter()
        .map(|r| scorer.explain(r.index, &seeker, "sv"))
        .collect()
}

#[test]
fn worked_example_of_scoring_md() {
    let demand = demand();
    let all = explain_all(&demand, &answers());
    let nurse = all.iter().find(|e| e.id == "ssyk-5321").unwrap();
    // Readiness: 20.394 of 26.9 weight met.
    assert_eq!(nurse.readiness.as_f64(), 75.8);
    // Match: ⅓ · level fit 0.91895 + ⅓ · skill fit 1/√2 + ⅓ · formal fit 8/9.
    assert_eq!(nurse.score.as_f64(), 83.8);
    assert_eq!(nurse.formal_fit.unwrap().as_f64(), 88.9);
    assert_eq!(nurse.level_fit.unwrap().as_f64(), 91.9);
    assert_eq!(nurse.skill_fit.unwrap().as_f64(), 70.7);
    let statuses: Vec<Status> = nurse.breakdown.iter().map(|l| l.status).collect();
    use Status::*;
    assert_eq!(
        statuses,
        [Met, Met, Met, Partial, Missing, Met, Missing, Partial]
    );
    // The missing hygiene skill names the training that closes it.
    assert_eq!(nurse.breakdown[6].trainings, ["komvux-vard"]);
    assert_eq!(
        all[0].id, "ssyk-5321",
        "the care profile ranks the care job first"
    );
}

#[test]
fn breakdown_points_add_up_exactly_to_each_score() {
    let demand = demand();
    let mut variants = vec![answers(), Answers::default()];
    let mut high = answers();
    for a in high.levels.values_mut() {
        a.level = Some(4);
    }
    variants.push(high);
    for answers in &variants {
        for e in explain_all(&demand, answers) {
            let readiness: u32 = e.breakdown.iter().map(|l| u32::from(l.points.0)).sum();
            assert_eq!(readiness, u32::from(e.readiness.0), "{}", e.id);
            let score: i32 = e.match_breakdown.iter().map(|l| l.points().0).sum();
            assert_eq!(score, i32::from(e.score.0), "{}", e.id);
        }
    }
}

#[test]
fn unanswered_is_unknown_not_missing() {
    let demand = demand();
    let all = explain_all(&demand, &Answers::default());
    for e in &all {
        assert!(
            e.breakdown
                .iter()
                .all(|l| l.status == Status::Unknown || l.status == Status::Met),
            "{}",
            e.id
        );
        assert_eq!(e.coverage.as_f64(), 0.0);
    }
    let welder = explain_all(&demand, &answers())
        .into_iter()
        .find(|e| e.id == "ssyk-7212")
        .unwrap();
    let mech = welder
        .breakdown
        .iter()
        .find(|l| {
            matches!(&l.requirement,
        kompetenskoll::core::demand::Requirement::Level { element, .. } if element == "2.C.3.e")
        })
        .unwrap();
    assert_eq!(mech.status, Status::Unknown, "`I don't know` stays unknown");
}

#[test]
fn order_of_occupations_in_the_file_changes_nothing() {
    let demand = demand();
    let mut reversed = demand.clone();
    reversed.occupations.reverse();
    let a: Vec<_> = explain_all(&demand, &answers());
    let b: Vec<_> = explain_all(&reversed, &answers());
    assert_eq!(a, b);
}

#[test]
fn ties_break_by_id() {
    let mut demand = demand();
    let mut twin = demand.occupations[1].clone();
    twin.id = "a-twin".into();
    demand.occupations.push(twin);
    let ids: Vec<String> = explain_all(&demand, &answers())
        .into_iter()
        .map(|e| e.id)
        .collect();
    let twin_at = ids.iter().position(|i| i == "a-twin").unwrap();
    assert_eq!(ids[twin_at + 1], "ssyk-7212", "{ids:?}");
}

#[test]
fn what_if_a_training_closes_the_gap() {
    let demand = demand();
    let before = explain_all(&demand, &answers());
    let training = demand
        .trainings
        .iter()
        .find(|t| t.id == "komvux-vard")
        .unwrap();
    let after = explain_all(&demand, &after_training(&answers(), training));
    let r = |all: &[Explained]| all.iter().find(|e| e.id == "ssyk-5321").unwrap().readiness;
    assert!(
        r(&after) > r(&before),
        "{:?} -> {:?}",
        r(&before),
        r(&after)
    );
    let nurse = after.iter().find(|e| e.id == "ssyk-5321").unwrap();
    assert_eq!(nurse.breakdown[6].status, Status::Met);
}

#[test]
fn being_far_above_an_occupation_lowers_match_but_not_readiness() {
    let demand = demand();
    let mut expert = Answers::default();
    for e in &demand.elements {
        expert.levels.insert(
            e.id.clone(),
            LevelAnswer {
                level: Some(4),
                ..Default::default()
            },
        );
    }
    let mut fitting = Answers::default();
    for (id, level) in [
        ("2.B.3.h", 2),
        ("2.B.1.f", 2),
        ("2.A.1.a", 2),
        ("2.B.1.a", 1),
        ("2.C.3.e", 1),
        ("2.C.5.a", 0),
    ] {
        fitting.levels.insert(
            id.into(),
            LevelAnswer {
                level: Some(level),
                ..Default::default()
            },
        );
    }
    let warehouse = |a: &Answers| {
        explain_all(&demand, a)
            .into_iter()
            .find(|e| e.id == "ssyk-4321")
            .unwrap()
    };
    assert!(warehouse(&expert).readiness >= warehouse(&fitting).readiness);
    assert!(warehouse(&expert).score < warehouse(&fitting).score);
}

/// Arbitrary answers over the example file's elements and skills.
fn arb_answers() -> impl Strategy<Value = Answers> {
    let d = demand();
    let elements: Vec<String> = d.elements.iter().map(|e| e.id.clone()).collect();
    let skills: Vec<String> = d.skills.iter().map(|s| s.id.clone()).collect();
    (
        proptest::collection::vec(proptest::option::of(0u8..=4), elements.len()),
        proptest::collection::vec(proptest::option::of(any::<bool>()), skills.len()),
        proptest::option::of(0u8..=8),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(move |(levels, ticks, education, has_b)| {
            let mut a = Answers::default();
            for (id, level) in elements.iter().zip(levels) {
                a.levels.insert(
                    id.clone(),
                    LevelAnswer {
                        level,
                        ..Default::default()
                    },
                );
            }
            for (id, tick) in skills.iter().zip(ticks) {
                if let Some(has) = tick {
                    a.skills.insert(
                        id.clone(),
                        SkillAnswer {
                            has,
                            ..Default::default()
                        },
                    );
                }
            }
            a.education = education;
            a.licences = has_b.map(|b| {
                if b {
                    [kompetenskoll::core::scales::Licence::B].into()
                } else {
                    Default::default()
                }
            });
            a
        })
}

fn readiness_of(demand: &DemandFile, answers: &Answers) -> Vec<(String, u16)> {
    let mut out: Vec<(String, u16)> = explain_all(demand, answers)
        .into_iter()
        .map(|e| (e.id, e.readiness.0))
        .collect();
    out.sort();
    out
}

proptest! {
    #[test]
    fn raising_any_answer_never_lowers_readiness(answers in arb_answers(), which in 0usize..16) {
        let demand = demand();
        let before = readiness_of(&demand, &answers);
        let mut raised = answers.clone();
        let n_levels = raised.levels.len();
        if which < n_levels {
            let a = raised.levels.values_mut().nth(which).unwrap();
            a.level = Some(a.level.map_or(0, |l| (l + 1).min(4)));
        } else if which < n_levels + 5 {
            let id = &demand.skills[which - n_levels].id;
            raised.skills.insert(id.clone(), SkillAnswer { has: true, ..Default::default() });
        } else {
            raised.education = Some(raised.education.map_or(0, |e| (e + 1).min(8)));
        }
        let after = readiness_of(&demand, &raised);
        for ((id, b), (_, a)) in before.iter().zip(&after) {
            prop_assert!(a >= b, "{id}: {b} -> {a}");
        }
    }

    #[test]
    fn exceeding_a_required_level_never_lowers_readiness(answers in arb_answers()) {
        let demand = demand();
        let mut top = answers.clone();
        for a in top.levels.values_mut() {
            a.level = Some(4);
        }
        for ((id, b), (_, a)) in readiness_of(&demand, &answers).iter().zip(&readiness_of(&demand, &top)) {
            prop_assert!(a >= b, "{id}: {b} -> {a}");
        }
    }

    #[test]
    fn every_explanation_adds_up(answers in arb_answers()) {
        for e in explain_all(&demand(), &answers) {
            let r: u32 = e.breakdown.iter().map(|l| u32::from(l.points.0)).sum();
            prop_assert_eq!(r, u32::from(e.readiness.0));
            let m: i32 = e.match_breakdown.iter().map(|l| l.points().0).sum();
            prop_assert_eq!(m, i32::from(e.score.0));
            prop_assert!(e.score.0 <= 1000 && e.readiness.0 <= 1000);
        }
    }
}

#[test]
fn answers_may_name_skills_by_their_jobtech_id() {
    let mut demand = demand();
    // The file numbers its skills locally but keeps the JobTech ids.
    for (i, entry) in demand.skills.iter_mut().enumerate() {
        entry.jobtech_id = Some(entry.id.clone());
        let local = format!("s{i}");
        for o in &mut demand.occupations {
            for r in &mut o.requirements {
                if let kompetenskoll::core::demand::Requirement::Skill { skill, .. } = r {
                    if *skill == entry.id {
                        *skill = local.clone();
                    }
                }
            }
        }
        for t in &mut demand.trainings {
            for c in &mut t.closes {
                if let kompetenskoll::core::demand::Closes::Skill { skill } = c {
                    if *skill == entry.id {
                        *skill = local.clone();
                    }
                }
            }
        }
        entry.id = local;
    }
    // The profile's answers use JobTech ids, and score the same.
    let by_local = explain_all(&demand, &answers());
    let original = explain_all(&self::demand(), &answers());
    let scores = |all: &[Explained]| {
        all.iter()
            .map(|e| (e.id.clone(), e.score, e.readiness))
            .collect::<Vec<_>>()
    };
    assert_eq!(scores(&by_local), scores(&original));
}

/// Trainings are offered for known gaps only, never for what is left
/// unanswered, and the most readiness per week of training comes first.
#[test]
fn trainings_close_known_gaps_and_the_quickest_gain_comes_first() {
    let demand = demand();
    let scorer = Scorer::new(&demand);
    let nurse = demand.index_of("ssyk-5321").unwrap();
    let mut answers = answers();
    let offered = |answers: &Answers| -> Vec<String> {
        let seeker = scorer.seeker(answers);
        let explained = scorer.explain(nurse, &seeker, "sv");
        scorer
            .offers(nurse, answers, &explained)
            .iter()
            .map(|o| o.training.id.clone())
            .collect()
    };
    // Vård och medicin at 1 of 2, the hygiene skill shown and not ticked,
    // Swedish reading at A2 of B1: both trainings close a known gap.
    // Swedish (length unknown, counted as the longest, 60 weeks) gains 0.9
    // points; the care programme (60 weeks) gains 18.4.
    assert_eq!(offered(&answers), ["komvux-vard", "sas"]);
    // Unanswered is not a gap: without the Swedish answers and the care
    // rating, only the unticked skill is left to close.
    answers.languages.clear();
    answers.levels.remove("2.C.5.a");
    assert_eq!(offered(&answers), ["komvux-vard"]);
    answers.skills.clear();
    assert!(
        offered(&answers).is_empty(),
        "nothing known to be missing, nothing offered"
    );
}
