//! Reading the three formats: the examples validate, and bad input gets a
//! message with the JSON path and position instead of a panic.

use kompetenskoll::core::json::{self, Document, Kind};
use kompetenskoll::core::validation::Problem;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn demand_problems(text: &str) -> Vec<Problem> {
    json::parse_demand(text).expect_err("should be refused")
}

fn messages(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn every_example_file_validates_and_is_detected_by_its_format() {
    for (name, kind) in [
        ("demand-example.json", Kind::Demand),
        ("questionnaire-example.json", Kind::Questionnaire),
        ("profile-example.json", Kind::Profile),
    ] {
        let text = fixture(name);
        assert_eq!(json::detect(&text).unwrap(), kind, "{name}");
        match json::parse_any(&text) {
            Ok(Document::Demand(_)) => assert_eq!(kind, Kind::Demand),
            Ok(Document::Questionnaire(_)) => assert_eq!(kind, Kind::Questionnaire),
            Ok(Document::Profile(_)) => assert_eq!(kind, Kind::Profile),
            Err(p) => panic!("{name}: {:?}", messages(&p)),
        }
    }
}

#[test]
fn a_level_out_of_range_names_its_path_line_and_column() {
    let text = fixture("demand-example.json").replacen(
        r#"{ "kind": "level", "element": "2.B.3.h", "level": 3, "importance": 4.1 }"#,
        r#"{ "kind": "level", "element": "2.B.3.h", "level": 9, "importance": 4.1 }"#,
        1,
    );
    let problems = demand_problems(&text);
    assert_eq!(problems.len(), 1, "{:?}", messages(&problems));
    let p = &problems[0];
    assert_eq!(p.path, "occupations[1].requirements[0].level");
    assert_eq!(p.message, "9 is outside 0..=4");
    let (line, column) = p.position.expect("position");
    let at_line = text.lines().nth(line - 1).unwrap();
    assert!(
        at_line[column - 1..].starts_with("9,"),
        "line {line} col {column}: {at_line}"
    );
}

#[test]
fn a_wrong_type_names_the_path_and_position() {
    let text = fixture("demand-example.json").replacen(
        r#""level": 3, "importance": 4.2"#,
        r#""level": "hög", "importance": 4.2"#,
        1,
    );
    let problems = demand_problems(&text);
    assert_eq!(problems[0].path, "occupations[0].requirements[0].level");
    assert!(
        problems[0]
            .message
            .contains(r#"invalid type: string "hög""#),
        "{}",
        problems[0]
    );
    assert!(problems[0].position.is_some());
}

#[test]
fn referential_problems_are_all_reported() {
    let text = fixture("demand-example.json")
        .replacen(r#""skill": "sk-truck""#, r#""skill": "sk-okand""#, 1)
        .replacen(r#""id": "ssyk-4321""#, r#""id": "ssyk-7212""#, 1)
        .replacen(
            r#"{ "kind": "language", "language": "sv", "level": "B1" } ]"#,
            r#"{ "kind": "language", "language": "fi", "level": "B1" } ]"#,
            1,
        );
    let got = messages(&demand_problems(&text));
    let expect = [
        "occupations[2].requirements[3].skill: unknown skill `sk-okand` (not in `skills`)",
        "occupations[2].id: duplicate occupation id `ssyk-7212` (first at occupations[1].id)",
        "trainings[1].closes[0]: closes language `fi`, which no occupation requires",
    ];
    for e in expect {
        assert!(
            got.iter().any(|g| g.starts_with(e)),
            "missing {e:?} in {got:#?}"
        );
    }
}

#[test]
fn an_empty_occupation_and_an_unsafe_link_are_refused() {
    let mut demand: serde_json::Value =
        serde_json::from_str(&fixture("demand-example.json")).unwrap();
    demand["occupations"][2]["requirements"] = serde_json::json!([]);
    demand["trainings"][0]["url"] = serde_json::json!("javascript:alert(1)");
    demand["valid_until"] = serde_json::json!("2026-02-30");
    let got = messages(&demand_problems(
        &serde_json::to_string_pretty(&demand).unwrap(),
    ));
    for e in [
        "occupations[2].requirements: occupation has no requirements",
        "trainings[0].url: `javascript:alert(1)` is not an http(s) link",
        "valid_until: `2026-02-30` is not a date (YYYY-MM-DD)",
    ] {
        assert!(
            got.iter().any(|g| g.starts_with(e)),
            "missing {e:?} in {got:#?}"
        );
    }
}

#[test]
fn unknown_fields_are_refused_rather_than_silently_ignored() {
    let text = fixture("demand-example.json").replacen(
        r#""licence": "CC BY 4.0","#,
        r#""licence": "CC BY 4.0", "licens": "x","#,
        1,
    );
    let p = &demand_problems(&text)[0];
    assert!(p.message.contains("unknown field `licens`"), "{p}");
}

#[test]
fn files_that_are_not_ours_get_a_clear_message() {
    use kompetenskoll::core::validation::Trouble;
    let cases = [
        ("", "the file is empty", Trouble::Damaged),
        (
            "{\"format\": \"kompetenskoll/demand@1\",",
            "EOF while parsing",
            Trouble::Damaged,
        ),
        ("[1, 2]", "expected a JSON object", Trouble::NotOurs),
        ("{}", "missing", Trouble::NotOurs),
        ("{\"format\": 7}", "must be a string", Trouble::NotOurs),
        (
            "{\"format\": \"kompetenskoll/demand@9\"}",
            "made by a newer version",
            Trouble::Newer("kompetenskoll/demand@9".into()),
        ),
        (
            "{\"format\": \"acme/jobs@1\"}",
            "unknown format `acme/jobs@1`",
            Trouble::UnknownFormat("acme/jobs@1".into()),
        ),
        (
            "{\"format\": \"kompetenskoll/demand@1\"}",
            "missing field `id`",
            Trouble::Value,
        ),
    ];
    for (text, expect, trouble) in cases {
        let problems = json::parse_any(text).expect_err(text);
        assert!(
            problems[0].message.contains(expect),
            "{text:?}: {}",
            problems[0]
        );
        assert_eq!(problems[0].trouble, trouble, "{text:?}");
    }
}

/// The kind and version are read before anything else, so a profile
/// opened as a demand file says so instead of listing missing fields, and
/// a file damaged after its head is still named by its kind.
#[test]
fn the_kind_is_told_before_any_field() {
    use kompetenskoll::core::json::Kind;
    use kompetenskoll::core::validation::Trouble;
    let profile = fixture("profile-example.json");
    let problems = json::parse_demand(&profile).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].trouble, Trouble::OtherKind(Kind::Profile));
    assert_eq!(problems[0].path, "format");
    assert!(problems[0].position.is_some());

    let newer = fixture("demand-example.json").replace("demand@1", "demand@2");
    assert_eq!(
        json::parse_demand(&newer).unwrap_err()[0].trouble,
        Trouble::Newer("kompetenskoll/demand@2".into())
    );
    let trailing = fixture("demand-example.json") + " trailing";
    let problems = json::parse_demand(&trailing).unwrap_err();
    assert!(
        problems[0].message.contains("trailing characters"),
        "{}",
        problems[0]
    );
    assert_eq!(problems[0].trouble, Trouble::Damaged);
    // The CLI's validate (any kind) and score (a demand file) say the same.
    let damaged = &fixture("demand-example.json")[..2000];
    assert_eq!(
        json::parse_any(damaged).unwrap_err(),
        json::parse_demand(damaged).unwrap_err()
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let big = format!(
        "{{\"format\": \"kompetenskoll/profile@1\", \"pad\": \"{}\"}}",
        "x".repeat(json::MAX_PROFILE_BYTES)
    );
    let problems = json::parse_profile(&big).unwrap_err();
    assert!(
        problems[0].message.contains("the limit is 2 MB"),
        "{}",
        problems[0]
    );
}

#[test]
fn locate_finds_nested_values_and_ignores_braces_in_strings() {
    let text = "{\n  \"a\": \"}{[\",\n  \"b\": [ {\"c\": 1}, {\"c\": [true, 22]} ]\n}";
    assert_eq!(json::locate(text, "b[1].c[1]"), Some((3, 33)));
    assert_eq!(json::locate(text, "a"), Some((2, 8)));
    assert_eq!(json::locate(text, "b[2]"), None);
    assert_eq!(json::locate(text, "zz"), None);
}

#[test]
fn a_value_of_the_wrong_type_is_named_by_its_path() {
    let cases = [
        (r#"{"format": "kompetenskoll/profile@1", "created_at": 5}"#, "created_at", "invalid type: integer `5`"),
        ("{\n  \"format\": \"kompetenskoll/profile@1\",\n  \"answers\": { \"education\": \"högskola\" }\n}", "answers.education", "invalid type: string"),
        (r#"{"format": "kompetenskoll/profile@1", "included": ["goal", 7]}"#, "included[1]", "expected value"),
    ];
    for (text, path, message) in cases {
        let problems = json::parse_profile(text).unwrap_err();
        assert_eq!(problems[0].path, path, "{text}: {}", problems[0]);
        assert!(problems[0].message.contains(message), "{}", problems[0]);
    }
}

#[test]
fn a_questionnaire_needs_one_anchor_per_level() {
    let mut q: serde_json::Value =
        serde_json::from_str(&fixture("questionnaire-example.json")).unwrap();
    q["sections"][0]["items"][0]["anchors"]
        .as_array_mut()
        .unwrap()
        .pop();
    let problems = json::parse_questionnaire(&q.to_string()).unwrap_err();
    assert_eq!(
        problems[0].to_string().split(" (line").next().unwrap(),
        "sections[0].items[0].anchors: needs exactly one anchor for each level 0 to 4"
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn on_arbitrary_text(text in "\\PC{0,200}") {
            let _ = json::parse_any(&text);
        }

        #[test]
        fn on_corrupted_example_files(cut in 0usize..4000, byte in any::<u8>(), which in 0usize..3) {
            let name = ["demand-example.json", "questionnaire-example.json", "profile-example.json"][which];
            let mut bytes = fixture(name).into_bytes();
            let at = cut % bytes.len();
            bytes[at] = byte;
            let text = String::from_utf8_lossy(&bytes[..]).into_owned();
            if let Err(problems) = json::parse_any(&text) {
                prop_assert!(!problems.is_empty());
            }
            let truncated = String::from_utf8_lossy(&bytes[..at]).into_owned();
            let _ = json::parse_any(&truncated);
        }
    }
}

/// A 40-million-character title would be shown whole: labels are capped.
#[test]
fn an_overlong_title_is_refused_with_its_length() {
    let mut demand: serde_json::Value =
        serde_json::from_str(&fixture("demand-example.json")).unwrap();
    demand["title"]["sv"] = serde_json::Value::String("x".repeat(400_000));
    demand["occupations"][0]["description"] = serde_json::json!({ "sv": "y".repeat(6_000) });
    let problems = json::parse_demand(&demand.to_string()).unwrap_err();
    let at: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert!(
        at.contains(&(
            "title.sv",
            "is 400000 characters long; at most 300 are shown"
        )),
        "{at:?}"
    );
    assert!(
        at.iter()
            .any(|(p, _)| *p == "occupations[0].description.sv"),
        "{at:?}"
    );
    assert!(
        problems.iter().all(|p| p.position.is_some()),
        "each is placed in the file"
    );
}

#[test]
fn a_profile_handed_over_without_its_skills_carries_no_evidence_of_them() {
    use kompetenskoll::core::answers::Evidence;
    use kompetenskoll::core::evidence::Backing;
    use kompetenskoll::core::profile::{Part, Profile};
    let mut profile: Profile = serde_json::from_str(&fixture("profile-example.json")).unwrap();
    profile.evidence.push(Backing {
        item: "2.B.1.a".into(),
        kind: Evidence::Validated,
        by: "Säffle lärcentrum".into(),
        how: String::new(),
        on: "2026-12-01".into(),
    });
    // Everything chosen: the coach's record goes with her answers.
    let all = profile.clone().keep_only(&Part::ALL);
    assert_eq!(all.evidence.len(), 1);
    // Her skills left out: nothing of them, nor what backs them.
    let without: Vec<Part> = Part::ALL
        .into_iter()
        .filter(|p| *p != Part::Skills)
        .collect();
    let kept = profile.keep_only(&without);
    assert!(kept.answers.levels.is_empty());
    assert!(kept.evidence.is_empty());
}
