//! The QR profile code on the shipped content: what goes in comes out, the
//! largest realistic profile fits a QR code that scans from paper, a QR
//! reader reads the rendered code back, and damaged codes are refused.

use std::collections::BTreeMap;
use std::path::PathBuf;

use kompetenskoll::core::answers::*;
use kompetenskoll::core::demand::DemandFile;
use kompetenskoll::core::json;
use kompetenskoll::core::profile::{DemandIdentity, Part, Profile, QuestionnaireRef, FORMAT};
use kompetenskoll::core::profile_code::{decode, encode, from_digits, to_digits, CodeError};
use kompetenskoll::core::qr::{self, Drawing};
use kompetenskoll::core::questionnaire::{JobTitle, LevelItem, Questionnaire};
use kompetenskoll::core::scales::{Cefr, LanguageActivity, Licence};
use proptest::prelude::*;
use qrcode::{EcLevel, QrCode, Version};

fn content(name: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("static/content").join(name)).unwrap()
}

fn files() -> (Questionnaire, DemandFile) {
    static FILES: std::sync::OnceLock<(Questionnaire, DemandFile)> = std::sync::OnceLock::new();
    FILES
        .get_or_init(|| {
            (
                json::parse_questionnaire(&content("questionnaire.json")).unwrap(),
                json::parse_demand(&content("demand-sverige.json")).unwrap(),
            )
        })
        .clone()
}

/// The address the app puts in its QR codes, with a realistic host.
const ORIGIN: &str = "https://kompetenskoll.vasteras.se/";

fn profile(q: &Questionnaire, d: &DemandFile, answers: Answers) -> Profile {
    Profile {
        format: FORMAT.into(),
        created_at: "2026-11-23T14:05:00Z".into(),
        app_version: "0.1.0".into(),
        language: "ar".into(),
        questionnaire: QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
        },
        demand: DemandIdentity::of(d),
        included: Part::ALL.to_vec(),
        answers,
        matches: Vec::new(),
        evidence: Vec::new(),
    }
}

fn titles(q: &Questionnaire) -> &[JobTitle] {
    let titles = q.job_titles();
    assert!(!titles.is_empty(), "the questionnaire lists job titles");
    titles
}

fn group_skills<'d>(d: &'d DemandFile, ssyk: &str) -> Vec<&'d str> {
    d.group_skills(ssyk).collect()
}

/// Everything answered, every context filled in, four jobs from the four
/// groups with the longest skill checklists (up to 396 skills each), every
/// other skill of each ticked, long free texts: more than any seeker gives.
fn largest_realistic(q: &Questionnaire, d: &DemandFile) -> Answers {
    let mut a = Answers::default();
    for (i, LevelItem { id, .. }) in q.level_items().enumerate() {
        {
            let learned = match i % 3 {
                0 => vec![Learned::Work],
                1 => vec![Learned::Work, Learned::Education],
                _ => vec![Learned::Elsewhere],
            };
            a.levels.insert(
                id.clone(),
                LevelAnswer {
                    level: (i % 6 != 5).then_some((i % 5) as u8),
                    context: SkillContext {
                        learned,
                        evidence: if i % 4 == 0 {
                            Evidence::Document
                        } else {
                            Evidence::SelfAssessed
                        },
                        wants_to_use: i % 2 == 0,
                        wants_to_learn: i % 3 == 0,
                    },
                },
            );
        }
    }
    let mut groups: Vec<(usize, &str)> = d
        .occupations
        .iter()
        .filter_map(|o| o.ssyk.as_deref())
        .map(|s| (group_skills(d, s).len(), s))
        .collect();
    groups.sort_unstable_by(|a, b| b.cmp(a));
    for (_, ssyk) in groups.iter().take(4) {
        let title = titles(q).iter().find(|t| t.ssyk == *ssyk).unwrap();
        a.work_history.push(Job {
            title: title.label.clone(),
            ssyk: Some(title.ssyk.clone()),
            occupation_id: Some(title.id.clone()),
            years: Some(3.5),
        });
        for (i, skill) in group_skills(d, ssyk).into_iter().enumerate() {
            a.skills.insert(
                skill.to_owned(),
                SkillAnswer {
                    has: i % 2 == 0,
                    context: SkillContext::default(),
                },
            );
        }
    }
    a.work_history.push(Job {
        title: "Egen firma: städning och fönsterputs".into(),
        ssyk: None,
        occupation_id: None,
        years: Some(6.0),
    });
    for code in ["ar", "sv", "en", "fr", "ti"] {
        a.languages.insert(
            code.into(),
            LanguageActivity::ALL
                .into_iter()
                .map(|act| (act, Cefr::B2))
                .collect(),
        );
    }
    a.licences = Some([Licence::B, Licence::BE, Licence::C, Licence::CE].into());
    a.education = Some(6);
    for (name, year) in [
        ("Truckkort A och B", Some(2019)),
        ("Hygienbevis för livsmedelshantering", Some(2021)),
        ("Heta arbeten", None),
        ("Första hjälpen och hjärt-lungräddning", Some(2024)),
    ] {
        a.certificates.push(Certificate {
            name: name.into(),
            year,
        });
    }
    a.preferences = Preferences {
        municipalities: vec!["1980".into(), "1884".into(), "0380".into()],
        hours: Some(Hours::Either),
        shifts: vec![Shift::Day, Shift::Evening, Shift::Weekend],
    };
    a.goal = Some(Goal {
        kind: GoalKind::Work,
        text: "Jag vill arbeta inom vården, helst som undersköterska på ett äldreboende nära \
               hemmet, och på sikt läsa vidare till sjuksköterska på deltid."
            .into(),
        occupation: Some(d.occupations[0].id.clone()),
    });
    a
}

/// What a QR reader gets from the app's drawing of a code (core::qr, the
/// SVG path the hand-over shows) at `scale` pixels a module.
fn scan(drawing: &Drawing, scale: usize) -> String {
    let size = drawing.size();
    let mut dark = vec![false; size * size];
    // The path is runs: `M{x} {y}h{run}v1h-{run}z`.
    for run in drawing.path.split('M').filter(|r| !r.is_empty()) {
        let (x, rest) = run.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let length = rest.split_once('v').unwrap().0;
        let (x, y, length): (usize, usize, usize) = (
            x.parse().unwrap(),
            y.parse().unwrap(),
            length.parse().unwrap(),
        );
        dark[y * size + x..y * size + x + length].fill(true);
    }
    let pixels = size * scale;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
        if dark[(y / scale) * size + x / scale] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code in the picture");
    grids[0].decode().expect("the code reads back").1
}

#[test]
fn largest_realistic_profile_fits_version_22_m_and_scans_back() {
    let (q, d) = files();
    let p = profile(&q, &d, largest_realistic(&q, &d));
    let bytes = encode(&p, &q, &d);
    let digits = to_digits(&bytes);
    let link = format!("{ORIGIN}#p={digits}");
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M).unwrap();
    let Version::Normal(version) = code.version() else {
        panic!("not a normal code")
    };
    eprintln!(
        "largest realistic profile: {} levels, {} skills, {} jobs; {} code bytes, {} digits, \
         link {} characters, QR version {version}-M ({} modules)",
        p.answers.levels.len(),
        p.answers.skills.len(),
        p.answers.work_history.len(),
        bytes.len(),
        digits.len(),
        link.len(),
        code.width()
    );
    assert!(version <= 22, "version {version} is over 22");

    let drawing = qr::draw(&link).expect("the link fits a QR code");
    assert_eq!(drawing.modules, code.width());
    let scanned = scan(&drawing, 3);
    assert_eq!(scanned, link);
    let back = from_digits(scanned.split_once("#p=").unwrap().1).unwrap();
    let (decoded, unread) = decode(&back, &q, &d).unwrap();
    assert_eq!(unread, Default::default());
    assert_eq!(decoded, p);
}

#[test]
fn another_questionnaire_version_or_demand_file_reads_the_rest_and_counts_the_unread() {
    let (q, d) = files();
    let p = profile(&q, &d, largest_realistic(&q, &d));
    let bytes = encode(&p, &q, &d);

    let mut newer = q.clone();
    newer.version = "2027.1".into();
    let (decoded, unread) = decode(&bytes, &newer, &d).unwrap();
    assert_eq!(unread.ratings, p.answers.levels.len());
    assert!(decoded.answers.levels.is_empty());
    // Jobs picked from the list are read by their place in it, and their
    // checklists with them; a job typed in by hand is read.
    assert_eq!(unread.jobs, 4);
    assert_eq!(unread.skills, p.answers.skills.len());
    assert_eq!(decoded.answers.work_history, p.answers.work_history[4..]);
    assert_eq!(decoded.answers.languages, p.answers.languages);
    assert_eq!(decoded.answers.goal, p.answers.goal);

    let mut other = d.clone();
    other.sha256 = "ab".repeat(32);
    let (decoded, unread) = decode(&bytes, &q, &other).unwrap();
    assert_eq!(unread.skills, p.answers.skills.len());
    assert!(decoded.answers.skills.is_empty());
    assert_eq!(decoded.answers.levels, p.answers.levels);
    assert_eq!(decoded.answers.work_history, p.answers.work_history);
    // The code still says which file it was made with (its publisher's
    // name comes only from the file itself).
    assert_eq!(decoded.demand.id, p.demand.id);
    assert_eq!(decoded.demand.published, p.demand.published);
    assert_eq!(decoded.demand.sha256, p.demand.sha256[..16]);
}

#[test]
fn a_newer_code_version_is_named_not_misread() {
    let (q, d) = files();
    let mut bytes = encode(&profile(&q, &d, Answers::default()), &q, &d);
    bytes[0] = 2;
    assert_eq!(decode(&bytes, &q, &d), Err(CodeError::UnknownVersion(2)));
}

#[test]
fn every_truncation_of_a_code_is_refused() {
    let (q, d) = files();
    let bytes = encode(&profile(&q, &d, largest_realistic(&q, &d)), &q, &d);
    for n in 0..bytes.len() {
        assert!(
            decode(&bytes[..n], &q, &d).is_err(),
            "{n} of {} bytes",
            bytes.len()
        );
    }
}

fn context() -> impl Strategy<Value = SkillContext> {
    (0u8..8, 0u8..3, any::<bool>(), any::<bool>()).prop_map(|(l, e, u, w)| SkillContext {
        learned: [Learned::Work, Learned::Education, Learned::Elsewhere]
            .into_iter()
            .enumerate()
            .filter(|(i, _)| l & (1 << i) != 0)
            .map(|(_, x)| x)
            .collect(),
        evidence: [
            Evidence::SelfAssessed,
            Evidence::Document,
            Evidence::Validated,
        ][e as usize],
        wants_to_use: u,
        wants_to_learn: w,
    })
}

fn arb_answers(q: &Questionnaire, d: &DemandFile) -> impl Strategy<Value = Answers> {
    let items: Vec<String> = q.level_items().map(|level| level.id.clone()).collect();
    let skills: Vec<String> = d.skills.iter().take(500).map(|s| s.id.clone()).collect();
    let titles = titles(q).to_vec();
    (
        proptest::collection::vec(
            proptest::option::of((proptest::option::of(0u8..=4), context())),
            items.len(),
        ),
        proptest::collection::btree_map(0..skills.len(), (any::<bool>(), context()), 0..40),
        proptest::collection::btree_map(
            "[a-z]{2}",
            proptest::collection::btree_map(0usize..5, 0usize..6, 0..5),
            0..4,
        ),
        proptest::option::of(proptest::collection::btree_set(0usize..14, 0..5)),
        proptest::option::of(0u8..=8),
        proptest::collection::vec(("\\PC{0,30}", proptest::option::of(1900u16..2100)), 0..3),
        proptest::option::of((0usize..4, "\\PC{0,60}")),
        proptest::collection::vec(
            (
                0..titles.len(),
                proptest::option::of(0u16..400),
                "\\PC{0,20}",
                any::<bool>(),
            ),
            0..4,
        ),
        (
            "[0-9]{4}",
            proptest::option::of(0usize..3),
            proptest::collection::btree_set(0usize..4, 0..4),
        ),
        proptest::collection::btree_map(
            "[a-z]\\.[a-z0-9.]{1,8}",
            proptest::option::of(0u8..=4),
            0..3,
        ),
    )
        .prop_map(
            move |(levels, ticks, langs, licences, education, certs, goal, jobs, prefs, extra)| {
                let mut a = Answers::default();
                for (id, level) in items.iter().zip(levels) {
                    if let Some((level, context)) = level {
                        a.levels.insert(id.clone(), LevelAnswer { level, context });
                    }
                }
                for (id, level) in extra {
                    a.levels.insert(
                        format!("x{id}"),
                        LevelAnswer {
                            level,
                            ..Default::default()
                        },
                    );
                }
                for (i, (has, context)) in ticks {
                    a.skills
                        .insert(skills[i].clone(), SkillAnswer { has, context });
                }
                a.skills.insert(
                    "not-in-the-file".into(),
                    SkillAnswer {
                        has: true,
                        ..Default::default()
                    },
                );
                for (code, grid) in langs {
                    a.languages.insert(
                        code,
                        grid.into_iter()
                            .map(|(act, cefr)| (LanguageActivity::ALL[act], Cefr::ALL[cefr]))
                            .collect::<BTreeMap<_, _>>(),
                    );
                }
                a.licences = licences.map(|set| set.into_iter().map(|i| Licence::ALL[i]).collect());
                a.education = education;
                a.certificates = certs
                    .into_iter()
                    .map(|(name, year)| Certificate { name, year })
                    .collect();
                a.goal = goal.map(|(k, text)| Goal {
                    kind: GoalKind::ALL[k],
                    text,
                    occupation: None,
                });
                a.work_history = jobs
                    .into_iter()
                    .map(|(i, tenths, free, listed)| {
                        let t = &titles[i];
                        Job {
                            title: if listed { t.label.clone() } else { free },
                            ssyk: Some(t.ssyk.clone()),
                            occupation_id: listed.then(|| t.id.clone()),
                            years: tenths.map(|t| f32::from(t) / 10.0),
                        }
                    })
                    .collect();
                let (municipality, hours, shifts) = prefs;
                a.preferences = Preferences {
                    municipalities: vec![municipality],
                    hours: hours.map(|h| [Hours::FullTime, Hours::PartTime, Hours::Either][h]),
                    shifts: shifts
                        .into_iter()
                        .map(|s| [Shift::Day, Shift::Evening, Shift::Night, Shift::Weekend][s])
                        .collect(),
                };
                a
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn what_goes_in_comes_out(answers in arb_answers(&files().0, &files().1), parts in proptest::sample::subsequence(Part::ALL.to_vec(), 0..=9)) {
        let (q, d) = files();
        let mut p = profile(&q, &d, answers);
        p.included = parts;
        let digits = to_digits(&encode(&p, &q, &d));
        let (back, unread) = decode(&from_digits(&digits).unwrap(), &q, &d).unwrap();
        prop_assert_eq!(unread, Default::default());
        prop_assert_eq!(back, p);
    }

    #[test]
    fn any_digits_are_read_or_refused_without_panicking(digits in "[0-9]{0,600}") {
        let (q, d) = files();
        if let Ok(bytes) = from_digits(&digits) {
            let _ = decode(&bytes, &q, &d);
        }
    }

    #[test]
    fn a_damaged_byte_is_refused_or_read_without_panicking(at in any::<prop::sample::Index>(), to in any::<u8>()) {
        let (q, d) = files();
        let mut bytes = encode(&profile(&q, &d, largest_realistic(&q, &d)), &q, &d);
        let i = at.index(bytes.len());
        bytes[i] = to;
        let _ = decode(&bytes, &q, &d);
    }
}
