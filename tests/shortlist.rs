//! The matching centre's shortlist on the shipped content: an employer's
//! need for an assistant nurse in home care with a B driving licence (a
//! small demand file cut from the national one, with the municipality's
//! own trainings and their weeks), against three seekers of
//! ../shared/context, judged as the coach would.

mod shipped;
use shipped::content;
use std::collections::BTreeMap;

use kompetenskoll::core::answers::{Answers, Goal, GoalKind, Job, LevelAnswer, SkillAnswer};
use kompetenskoll::core::demand::{Closes, DemandFile, Requirement, Training, TrainingForm};
use kompetenskoll::core::json;
use kompetenskoll::core::need::{need_file, NeedEdit};
use kompetenskoll::core::scales::{Cefr, LanguageActivity, Licence};
use kompetenskoll::core::scoring::Scorer;
use kompetenskoll::core::shortlist::{self, Nearness};
use kompetenskoll::core::text::Text;

/// Home-care assistant nurse (SSYK 5321) in Säffle, B licence required;
/// the municipality's quick care training is 12 weeks, a driving course 6.
fn need(national: &DemandFile) -> DemandFile {
    let at = national
        .occupations
        .iter()
        .position(|o| o.ssyk.as_deref() == Some("5321"))
        .unwrap();
    // Made as the coach makes it in the app (core::need).
    let mut edit = NeedEdit::of(&national.occupations[at]);
    edit.licences.push(Licence::B);
    edit.employer = "Säffle kommun, hemtjänsten".into();
    edit.place = "Säffle".into();
    let mut need = need_file(national, at, &edit, "2026-12-06");
    for t in &mut need.trainings {
        t.duration_weeks = match t.id.as_str() {
            "yrkesvux-vard" => Some(12),
            "validering-vard" => Some(4),
            "komvux-sva" => Some(20),
            _ => t.duration_weeks,
        };
    }
    need.trainings.push(Training {
        id: "korkort-b".into(),
        title: Text::sv("Körkort B"),
        form: TrainingForm::Other,
        description: None,
        duration_weeks: Some(6),
        closes: vec![Closes::Licence {
            category: Licence::B,
        }],
        url: None,
        codes: Default::default(),
    });
    need
}

struct Seeker {
    job: (&'static str, &'static str),
    ticks_every: usize,
    education: u8,
    swedish: Cefr,
    licences: &'static [Licence],
    /// Ratings by element; the need's other elements at `rest`.
    ratings: &'static [(&'static str, u8)],
    rest: u8,
    goal: GoalKind,
}

fn answers(s: &Seeker, national: &DemandFile, need: &DemandFile) -> Answers {
    let mut a = Answers::default();
    for r in &need.occupations[0].requirements {
        if let Requirement::Level { element, .. } = r {
            let level = s
                .ratings
                .iter()
                .find(|(e, _)| e == element)
                .map_or(s.rest, |r| r.1);
            a.levels.insert(
                element.clone(),
                LevelAnswer {
                    level: Some(level),
                    ..Default::default()
                },
            );
        }
    }
    a.work_history.push(Job {
        title: s.job.0.into(),
        ssyk: Some(s.job.1.into()),
        occupation_id: None,
        years: Some(4.0),
    });
    for (i, skill) in national.group_skills(s.job.1).enumerate() {
        // Named by the JobTech id, as a profile made against another file is.
        let id = national
            .skills
            .iter()
            .find(|k| k.id == skill)
            .and_then(|k| k.jobtech_id.clone())
            .unwrap_or_else(|| skill.to_owned());
        a.skills.insert(
            id,
            SkillAnswer {
                has: i % s.ticks_every == 0,
                ..Default::default()
            },
        );
    }
    a.education = Some(s.education);
    a.languages.insert(
        "sv".into(),
        LanguageActivity::ALL
            .iter()
            .map(|&act| (act, s.swedish))
            .collect::<BTreeMap<_, _>>(),
    );
    a.licences = Some(s.licences.iter().copied().collect());
    a.goal = Some(Goal {
        kind: s.goal,
        text: String::new(),
        occupation: None,
    });
    a
}

/// A care aide without the assistant nurse's training or a licence: the
/// quick care training package is for her.
/// An assistant nurse from elderly care (the transition office's seeker).
const NURSE: Seeker = Seeker {
    job: ("Undersköterska, hemtjänst", "5321"),
    ticks_every: 1,
    education: 3,
    swedish: Cefr::B2,
    licences: &[Licence::B],
    ratings: CARE,
    rest: 2,
    goal: GoalKind::Work,
};

const AIDE: Seeker = Seeker {
    job: ("Vårdbiträde", "5330"),
    ticks_every: 2,
    education: 3,
    swedish: Cefr::B1,
    licences: &[],
    ratings: &[("2.C.5.a", 1), ("2.C.1.e", 2), ("2.B.1.e", 2)],
    rest: 1,
    goal: GoalKind::Work,
};

const CARE: &[(&str, u8)] = &[
    ("2.C.5.a", 3),
    ("2.C.4.e", 2),
    ("2.C.1.e", 3),
    ("2.C.5.b", 2),
    ("2.B.1.e", 3),
    ("2.B.1.f", 3),
];

#[test]
fn the_assistant_nurse_is_ready_the_care_aide_is_a_short_training_away_and_the_dock_worker_far() {
    let (_, national) = content();
    let need = need(&national);
    let scorer = Scorer::new(&need);
    let nurse = answers(&NURSE, &national, &need);
    let aide = answers(&AIDE, &national, &need);
    // A dock worker who wants to study.
    let docker = answers(
        &Seeker {
            job: ("Hamnarbetare", "9331"),
            ticks_every: 1,
            education: 2,
            swedish: Cefr::A2,
            licences: &[Licence::B, Licence::C],
            ratings: &[("2.C.5.a", 0), ("2.C.1.e", 0)],
            rest: 1,
            goal: GoalKind::Study,
        },
        &national,
        &need,
    );
    let list = shortlist::shortlist(&scorer, 0, &[&docker, &aide, &nurse], Some("1785"));
    let order: Vec<usize> = list.iter().map(|c| c.seeker).collect();
    assert_eq!(order, [2, 1, 0], "the nurse, the aide, the dock worker");
    let [nurse, aide, docker] = [&list[0], &list[1], &list[2]];

    // The nurse meets what matters: no route, nothing to gain.
    assert_eq!(nurse.nearness, Nearness::ReadyNow);
    assert!(nurse.route.trainings.is_empty());
    assert!(nurse.wants.looking_for_work);

    // The aide lacks the licence: the six-week course, and readiness
    // rises with it. Her levels a step or less under the need are no gap.
    assert_eq!(aide.nearness, Nearness::AfterTraining { weeks: 6 });
    assert_eq!(aide.route.trainings, ["korkort-b"]);
    assert_eq!(
        aide.lacking,
        [Requirement::Licence {
            category: Licence::B
        }],
        "what she lacks is named: the licence alone"
    );
    assert!(aide.route.readiness_after > aide.readiness);
    assert!(shortlist::within(aide, 6) && !shortlist::within(aide, 5));

    // The dock worker lacks upper secondary school and Swedish: far, and
    // he wants to study. Komvux closes the school gap, not a two-year
    // programme that also would.
    assert_eq!(docker.nearness, Nearness::Far);
    assert!(docker
        .lacking
        .iter()
        .any(|r| matches!(r, Requirement::Education { .. })));
    assert_eq!(docker.lacking.len(), docker.gaps);
    assert!(docker
        .route
        .trainings
        .contains(&"komvux-gymnasiet".to_owned()));
    assert!(!docker.route.trainings.contains(&"yrkeshogskola".to_owned()));
    assert!(!docker.wants.looking_for_work);
    assert!(!shortlist::within(docker, 52));

    // What the page is sent: those within six weeks of training, the
    // readiest first, counted; the first one alone; or everyone.
    let whole = shortlist::NeedList::of(list.clone(), &need, 0);
    let cut = |within, count| whole.clone().cut(shortlist::Rows { within, count });
    let six = cut(Some(6), None);
    assert_eq!((six.fitting, six.candidates.len()), (2, 2));
    assert_eq!(six.candidates, list[..2]);
    let first = cut(Some(6), Some(1));
    assert_eq!((first.fitting, first.candidates.len()), (2, 1));
    assert_eq!(first.candidates[0].seeker, 2, "the nurse");
    assert_eq!(cut(None, None).candidates, list);
    assert_eq!(
        cut(Some(0), Some(100)).fitting,
        1,
        "the nurse alone is ready now"
    );
}

/// The route is the fewest weeks that close every gap a training closes:
/// of two courses for the same licence, the shorter one.
#[test]
fn the_route_takes_the_shorter_of_two_trainings_for_the_same_gap() {
    let (_, national) = content();
    let mut need = need(&national);
    need.trainings.push(Training {
        id: "korkort-och-vard".into(),
        title: Text::sv("Vård med körkort"),
        form: TrainingForm::Other,
        description: None,
        duration_weeks: Some(5),
        closes: vec![Closes::Licence {
            category: Licence::B,
        }],
        url: None,
        codes: Default::default(),
    });
    let scorer = Scorer::new(&need);
    let aide = answers(&AIDE, &national, &need);
    let list = shortlist::shortlist(&scorer, 0, &[&aide], None);
    assert_eq!(list[0].route.trainings, ["korkort-och-vard"]);
    assert_eq!(list[0].route.weeks, 5);
}

/// A profile that answers almost nothing has no known gap, but is not
/// called ready: too little is known (under half the need's weight).
#[test]
fn a_profile_that_says_little_is_not_called_ready() {
    let (_, national) = content();
    let need = need(&national);
    let scorer = Scorer::new(&need);
    let little = Answers {
        education: Some(3),
        ..Answers::default()
    };
    let list = shortlist::shortlist(&scorer, 0, &[&little], None);
    assert_eq!(list[0].gaps, 0);
    assert_eq!(list[0].nearness, Nearness::LittleKnown);
    assert!(!shortlist::within(&list[0], 52));
}

/// A need made in the centre is a demand file like any other: it reads back
/// valid (so the CLI validates it and a region can publish it), names the
/// employer and the place, and ranks the same once read.
#[test]
fn a_need_made_in_the_centre_is_a_demand_file_that_reads_back_the_same() {
    let (_, national) = content();
    let need = need(&national);
    let text = serde_json::to_string_pretty(&need).unwrap();
    let read = json::parse_demand(&text).expect("the need file is valid");
    assert_eq!(read.publisher.name, "Säffle kommun, hemtjänsten");
    assert_eq!(read.region.name.get("sv").text, "Säffle");
    assert_eq!(read.occupations.len(), 1);
    assert!(read.occupations[0]
        .requirements
        .contains(&Requirement::Licence {
            category: Licence::B
        }));
    assert!(read.valid_until.as_str() > "2027-03-01");
    assert!(read.attribution == national.attribution && !read.attribution.is_empty());
    let aide = answers(&AIDE, &national, &need);
    let ranked = |file: &DemandFile| shortlist::shortlist(&Scorer::new(file), 0, &[&aide], None);
    assert_eq!(ranked(&read), ranked(&need));
}

/// Supply against demand: the occupations in shortage, each with how many
/// of the centre's seekers are ready now, within half a year of training,
/// or further; the nurse counts for her own group, and a seeker who said
/// nothing is near none.
#[test]
fn supply_counts_each_seeker_once_per_occupation_in_shortage_most_near_first() {
    let (_, national) = content();
    let need = need(&national);
    let nurse = answers(&NURSE, &national, &need);
    let empty = Answers::default();
    let scorer = Scorer::new(&national);
    let rows = shortlist::supply(&scorer, &[&nurse, &empty], 26);
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(
            row.ready_now + row.within + row.further,
            2,
            "{}",
            row.occupation
        );
        assert!(
            row.ready_now + row.within <= 1,
            "the one who said nothing is near nothing"
        );
    }
    let near: Vec<usize> = rows.iter().map(|r| r.ready_now + r.within).collect();
    assert!(near.windows(2).all(|w| w[0] >= w[1]));
    let own = rows
        .iter()
        .find(|r| r.occupation == "5321")
        .expect("her group is in shortage and near");
    assert_eq!(own.ready_now, 1);
}
