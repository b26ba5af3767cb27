//! The seekers of ../shared/context on the short path, against the shipped
//! default content, judged as a counsellor would: each one's own group,
//! as a counsellor would name it, is first or second, and what the
//! explanation calls a gap is one a counsellor would accept.
//!
//! Each persona answers what the short path asks: goal, education, a job
//! title (which shows her group's skills to tick; she ticks the ones her
//! work has used, the rest stay shown and unticked), Swedish, licences and
//! the 20 short-path ratings.

mod shipped;
use shipped::content;
use std::collections::BTreeMap;

use kompetenskoll::core::answers::{Answers, Job, LevelAnswer, SkillAnswer};
use kompetenskoll::core::demand::{DemandFile, Requirement};
use kompetenskoll::core::questionnaire::{LevelItem, Questionnaire};
use kompetenskoll::core::scales::{Cefr, LanguageActivity, Licence};
use kompetenskoll::core::scoring::{Scorer, Status};

struct Persona {
    who: &'static str,
    /// The job title she enters and its group, if she has worked in Sweden.
    job: Option<(&'static str, &'static str)>,
    /// Every how-many of her group's skills she ticks (the rest are shown).
    ticks_every: usize,
    education: u8,
    swedish: Cefr,
    licences: &'static [Licence],
    /// Short-path ratings by element id; the short items not named are 0.
    ratings: &'static [(&'static str, u8)],
}

fn answers(p: &Persona, questionnaire: &Questionnaire, demand: &DemandFile) -> Answers {
    let mut a = Answers::default();
    for LevelItem { id, short, .. } in questionnaire.level_items() {
        if *short {
            let level = p.ratings.iter().find(|(e, _)| e == id).map_or(0, |r| r.1);
            a.levels.insert(
                id.clone(),
                LevelAnswer {
                    level: Some(level),
                    ..Default::default()
                },
            );
        }
    }
    if let Some((title, ssyk)) = p.job {
        a.work_history.push(Job {
            title: title.into(),
            ssyk: Some(ssyk.into()),
            occupation_id: None,
            years: Some(4.0),
        });
        for (i, skill) in demand.group_skills(ssyk).enumerate() {
            a.skills.insert(
                skill.to_owned(),
                SkillAnswer {
                    has: i % p.ticks_every == 0,
                    ..Default::default()
                },
            );
        }
    }
    a.education = Some(p.education);
    a.languages.insert(
        "sv".into(),
        LanguageActivity::ALL
            .iter()
            .map(|&act| (act, p.swedish))
            .collect::<BTreeMap<_, _>>(),
    );
    a.licences = Some(p.licences.iter().copied().collect());
    a
}

/// The ranked group ids, best first.
fn ranking(scorer: &Scorer<'_>, answers: &Answers) -> Vec<String> {
    let seeker = scorer.seeker(answers);
    scorer
        .rank(&seeker)
        .iter()
        .map(|r| scorer.demand().occupations[r.index].id.clone())
        .collect()
}

fn place(ranking: &[String], group: &str) -> usize {
    if std::env::var_os("PERSONAS_REPORT").is_some() {
        eprintln!("{group}: {:?}", &ranking[..6]);
    }
    ranking
        .iter()
        .position(|g| g == group)
        .expect("group in the file")
        + 1
}

fn top(ranking: &[String], demand: &DemandFile) -> String {
    ranking
        .iter()
        .take(6)
        .map(|id| {
            let o = demand.occupations.iter().find(|o| &o.id == id).unwrap();
            format!("{id} {}", o.label.get("sv").text)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The trainings the explanation of `group` offers this seeker.
fn offers(scorer: &Scorer<'_>, answers: &Answers, group: &str) -> Vec<String> {
    let index = scorer
        .demand()
        .occupations
        .iter()
        .position(|o| o.id == group)
        .unwrap();
    let explained = scorer.explain(index, &scorer.seeker(answers), "sv");
    scorer
        .offers(index, answers, &explained)
        .iter()
        .map(|o| o.training.id.clone())
        .collect()
}

/// Trainings a counsellor would not suggest to this seeker for this group.
fn assert_none_of(offered: &[String], unfit: &[&str], who: &str) {
    let wrong: Vec<&String> = offered
        .iter()
        .filter(|id| unfit.contains(&id.as_str()))
        .collect();
    assert!(
        wrong.is_empty(),
        "{who} is offered {wrong:?} (all: {offered:?})"
    );
}

const NOT_CARE: &[&str] = &[
    "amu-svets",
    "yrkesvux-bygg",
    "yrkesvux-el",
    "amu-yrkesforare",
    "sfi",
];
const NOT_INDUSTRY: &[&str] = &[
    "yrkesvux-vard",
    "validering-vard",
    "yrkesvux-barn",
    "hogskola-kandidat",
];

const CARE: &[(&str, u8)] = &[
    ("2.C.5.a", 3), // Vård och medicin
    ("2.C.4.e", 2), // Psykologi
    ("2.C.1.e", 3), // Kundservice och bemötande
    ("2.C.5.b", 2), // Behandling och rehabilitering
    ("2.C.4.d", 1), // Biologi
    ("2.C.1.b", 1), // Kontorsarbete
];

const ASSISTANT_NURSE: Persona = Persona {
    who: "assistant nurse in elderly care",
    job: Some(("Undersköterska, hemtjänst", "5321")),
    ticks_every: 3,
    education: 3,
    swedish: Cefr::C1,
    licences: &[Licence::B],
    ratings: CARE,
};

#[test]
fn an_assistant_nurse_finds_her_own_group_above_the_nurses_whose_degree_she_lacks() {
    let (q, demand) = content();
    let scorer = Scorer::new(&demand);
    let answers = answers(&ASSISTANT_NURSE, &q, &demand);
    let ranked = ranking(&scorer, &answers);
    let own = place(&ranked, "5321");
    assert!(
        own <= 2,
        "{}: 5321 is {own}th: {}",
        ASSISTANT_NURSE.who,
        top(&ranked, &demand)
    );
    assert_none_of(
        &offers(&scorer, &answers, "5321"),
        NOT_CARE,
        ASSISTANT_NURSE.who,
    );
    let seeker = scorer.seeker(&answers);
    for nurse in demand
        .occupations
        .iter()
        .filter(|o| o.id.starts_with("222"))
    {
        assert!(
            place(&ranked, &nurse.id) > own,
            "{} ranks above her own group: {}",
            nurse.id,
            top(&ranked, &demand)
        );
        let index = demand.index_of(&nurse.id).unwrap();
        let explained = scorer.explain(index, &seeker, "sv");
        let degree = explained
            .breakdown
            .iter()
            .find(|l| matches!(l.requirement, Requirement::Education { isced: 6 }))
            .unwrap_or_else(|| panic!("{} states the degree it needs", nurse.id));
        assert_ne!(
            degree.status,
            Status::Met,
            "{}: the degree is a gap",
            nurse.id
        );
        // The route to the degree is offered for it, and nothing that
        // leaves her where she is (upper secondary she already has).
        let offers: Vec<&str> = scorer
            .offers(index, &answers, &explained)
            .iter()
            .map(|o| o.training.id.as_str())
            .collect();
        assert!(
            offers.contains(&"hogskola-kandidat"),
            "{}: {offers:?}",
            nurse.id
        );
        assert!(
            !offers.contains(&"komvux-gymnasiet"),
            "{}: {offers:?}",
            nurse.id
        );
        assert!(
            offers
                .iter()
                .all(|id| !["amu-svets", "yrkesvux-bygg", "sfi"].contains(id)),
            "{}: a counsellor would not send a nurse to {offers:?}",
            nurse.id
        );
    }
}

#[test]
fn a_laid_off_bus_assembler_in_saffle_finds_vehicle_assembly() {
    let (q, demand) = content();
    let scorer = Scorer::new(&demand);
    let persona = Persona {
        who: "bus-factory assembler laid off in Säffle",
        job: Some(("Fordonsmontör", "8211")),
        ticks_every: 3,
        education: 3,
        swedish: Cefr::C2,
        licences: &[Licence::B],
        ratings: &[
            ("2.B.3.h", 3), // Köra och styra maskiner
            ("2.B.3.j", 3), // Sköta underhåll
            ("2.B.3.l", 3), // Reparera
            ("2.C.3.b", 2), // Teknik
            ("2.C.3.e", 3), // Maskiner och verktyg
            ("2.C.3.c", 1), // Ritning och formgivning
            ("2.C.4.b", 1), // Fysik
            ("2.A.1.f", 1), // Naturvetenskap i praktiken
        ],
    };
    let answers = answers(&persona, &q, &demand);
    let ranked = ranking(&scorer, &answers);
    let own = place(&ranked, "8211");
    assert!(
        own <= 2,
        "{}: 8211 is {own}th: {}",
        persona.who,
        top(&ranked, &demand)
    );
    assert_none_of(
        &offers(&scorer, &answers, "8211"),
        NOT_INDUSTRY,
        persona.who,
    );
}

#[test]
fn a_retail_worker_sees_her_own_group_and_care_within_reach() {
    let (q, demand) = content();
    let scorer = Scorer::new(&demand);
    let persona = Persona {
        who: "retail worker heading for Örebro's quick care training",
        job: Some(("Butikssäljare, dagligvaror", "5222")),
        ticks_every: 3,
        education: 3,
        swedish: Cefr::C2,
        licences: &[],
        ratings: &[
            ("2.C.1.e", 4), // Kundservice och bemötande
            ("2.C.1.b", 1),
            ("2.C.4.e", 1),
            ("2.C.5.a", 1),
            ("2.B.3.h", 1),
        ],
    };
    let ranked = ranking(&scorer, &answers(&persona, &q, &demand));
    let own = place(&ranked, "5222");
    assert!(
        own <= 2,
        "{}: 5222 is {own}th: {}",
        persona.who,
        top(&ranked, &demand)
    );
    // Care assistants ask for no more schooling than she has: the quick
    // training's goal needs no degree, unlike nursing.
    let index = demand.index_of("5330").unwrap();
    let answers = answers(&persona, &q, &demand);
    let explained = scorer.explain(index, &scorer.seeker(&answers), "sv");
    let education = explained
        .breakdown
        .iter()
        .find(|l| matches!(l.requirement, Requirement::Education { .. }))
        .expect("care assistants state their education");
    assert_eq!(education.status, Status::Met);
    // What she lacks for care is care, not welding or a degree.
    let care = offers(&scorer, &answers, "5330");
    assert_none_of(
        &care,
        &["amu-svets", "yrkesvux-bygg", "hogskola-kandidat", "sfi"],
        persona.who,
    );
    assert!(
        care.iter().any(|id| id == "yrkesvux-vard"),
        "{}: {care:?}",
        persona.who
    );
}

#[test]
fn a_newly_arrived_engineer_with_b1_swedish_is_placed_among_engineers() {
    let (q, demand) = content();
    let scorer = Scorer::new(&demand);
    let persona = Persona {
        who: "newly arrived mechanical engineer, B1 Swedish, no Swedish job yet",
        job: None,
        ticks_every: 1,
        education: 7,
        swedish: Cefr::B1,
        licences: &[Licence::B],
        ratings: &[
            ("2.C.3.b", 4), // Teknik
            ("2.C.3.c", 3), // Ritning och formgivning
            ("2.C.4.b", 4), // Fysik
            ("2.A.1.f", 3), // Naturvetenskap i praktiken
            ("2.C.3.e", 3), // Maskiner och verktyg
            ("2.C.4.c", 2), // Kemi
            ("2.C.1.b", 2), // Kontorsarbete
            ("2.C.1.f", 1),
            ("2.B.3.j", 2),
            ("2.B.3.l", 2),
        ],
    };
    let ranked = ranking(&scorer, &answers(&persona, &q, &demand));
    let engineers = |id: &String| id.starts_with("214") || id.starts_with("311");
    assert!(
        ranked[..2].iter().any(engineers),
        "{}: {}",
        persona.who,
        top(&ranked, &demand)
    );
}

#[test]
fn a_seeker_who_wants_practical_work_with_support_finds_elementary_work() {
    let (q, demand) = content();
    let scorer = Scorer::new(&demand);
    let persona = Persona {
        who: "wants practical work with support (Västervik, SIUS)",
        job: Some(("Lokalvårdare", "9111")),
        ticks_every: 3,
        education: 2,
        swedish: Cefr::B2,
        licences: &[],
        ratings: &[("2.B.3.h", 1), ("2.C.1.e", 1), ("2.B.3.j", 1)],
    };
    let ranked = ranking(&scorer, &answers(&persona, &q, &demand));
    assert!(
        ranked[..2].iter().any(|id| id.starts_with('9')),
        "{}: {}",
        persona.who,
        top(&ranked, &demand)
    );
    let own = place(&ranked, "9111");
    assert!(
        own <= 2,
        "{}: 9111 is {own}th: {}",
        persona.who,
        top(&ranked, &demand)
    );
}

/// The skills she did not tick are one gap, with the care programme that
/// teaches them, rather than a hundred lines.
#[test]
fn an_assistant_nurses_unticked_skills_are_one_gap_with_its_training() {
    use kompetenskoll::core::explanation::unticked_skills;
    let (q, demand) = content();
    let scorer = Scorer::new(&demand);
    let answers = answers(&ASSISTANT_NURSE, &q, &demand);
    let index = demand.index_of("5321").unwrap();
    let explained = scorer.explain(index, &scorer.seeker(&answers), "sv");
    let skills = unticked_skills(&demand, &explained).expect("she left skills unticked");
    let listed = demand.group_skills("5321").count();
    assert_eq!(skills.listed, listed);
    assert_eq!(
        skills.unticked,
        listed - listed.div_ceil(3),
        "she ticked every third"
    );
    let training = skills
        .training
        .expect("a training teaches them")
        .id
        .as_str();
    assert!(
        ["yrkesvux-vard", "validering-vard"].contains(&training),
        "{training}"
    );
}

#[test]
fn a_care_worker_from_abroad_one_school_step_short_still_finds_assistant_nurses() {
    // Nine years of school where assistant nurses ask for upper secondary,
    // no job in Sweden yet, care ratings and some Swedish. A counsellor
    // would show her care work first: care assistants among her five
    // best, and assistant nurses close behind with upper secondary school
    // (komvux) offered to close the step, not sunk below cleaning and
    // newspaper rounds for one step of school (20th before education
    // counted by the square of the steps short).
    let care_worker = Persona {
        who: "care worker from abroad with nine years of school",
        job: None,
        ticks_every: 1,
        education: 2,
        swedish: Cefr::B1,
        licences: &[],
        ratings: CARE,
    };
    let (q, demand) = content();
    let scorer = Scorer::new(&demand);
    let answers = answers(&care_worker, &q, &demand);
    let ranked = ranking(&scorer, &answers);
    let care_assistants = place(&ranked, "5330");
    assert!(
        care_assistants <= 5,
        "{}: 5330 is {care_assistants}th: {}",
        care_worker.who,
        top(&ranked, &demand)
    );
    let own = place(&ranked, "5321");
    assert!(
        own <= 10,
        "{}: 5321 is {own}th: {}",
        care_worker.who,
        top(&ranked, &demand)
    );
    // Her education gap is closed first by upper secondary school at
    // komvux, not by a two-year higher vocational programme she could not
    // enter without it.
    let index = demand.index_of("5321").unwrap();
    let explained = scorer.explain(index, &scorer.seeker(&answers), "sv");
    let offered = scorer.offers(index, &answers, &explained);
    let gaps = kompetenskoll::core::explanation::gaps(&explained, &offered);
    let education = gaps
        .iter()
        .find(|g| matches!(g.line.requirement, Requirement::Education { .. }))
        .unwrap_or_else(|| panic!("{}: the school step is a gap", care_worker.who));
    assert_eq!(
        education.offer.map(|o| o.training.id.as_str()),
        Some("komvux-gymnasiet"),
        "{}",
        care_worker.who
    );
}
