//! The native CLI as a publisher uses it: exit codes, one line per problem,
//! JSON output, spreadsheet import, and the committed JSON Schemas.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    // The repository root, two levels above this crate.
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kompetenskoll"))
        .args(args)
        .output()
        .expect("the CLI runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kompetenskoll-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn validate_accepts_every_example_and_exits_zero() {
    let files: Vec<String> = [
        "demand-example.json",
        "questionnaire-example.json",
        "profile-example.json",
    ]
    .iter()
    .map(|f| fixture(f).display().to_string())
    .collect();
    let mut args = vec!["validate"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn validate_prints_one_line_per_problem_and_exits_one() {
    let text = std::fs::read_to_string(fixture("demand-example.json"))
        .unwrap()
        .replacen(
            r#""level": 3, "importance": 4.1"#,
            r#""level": 9, "importance": 4.1"#,
            1,
        )
        .replacen(r#""skill": "sk-truck""#, r#""skill": "sk-none""#, 1);
    let bad = temp("bad-demand.json");
    std::fs::write(&bad, text).unwrap();
    let out = run(&[
        "validate",
        bad.to_str().unwrap(),
        fixture("profile-example.json").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    let prefix = format!(
        "{}: occupations[1].requirements[0].level: 9 is outside 0..=4 (line ",
        bad.display()
    );
    assert!(lines[0].starts_with(&prefix), "{}", lines[0]);
    assert!(
        lines[1].contains("occupations[2].requirements[3].skill: unknown skill `sk-none`"),
        "{}",
        lines[1]
    );
}

#[test]
fn validate_reports_a_missing_file() {
    let out = run(&["validate", "/no/such/file.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("/no/such/file.json: cannot read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn score_json_is_ranked_by_match_with_breakdowns() {
    let out = run(&[
        "score",
        "--demand",
        fixture("demand-example.json").to_str().unwrap(),
        "--profile",
        fixture("profile-example.json").to_str().unwrap(),
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let results: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = results.as_array().unwrap();
    assert_eq!(results.len(), 3);
    let scores: Vec<f64> = results
        .iter()
        .map(|r| r["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    for r in results {
        for key in ["id", "label", "score", "readiness", "breakdown"] {
            assert!(!r[key].is_null(), "{key} missing in {r}");
        }
    }
    assert_eq!(results[0]["id"], "ssyk-5321");
    let top = run(&[
        "score",
        "--demand",
        fixture("demand-example.json").to_str().unwrap(),
        "--profile",
        fixture("profile-example.json").to_str().unwrap(),
        "--top",
        "1",
    ]);
    let text = String::from_utf8_lossy(&top.stdout);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("83.8") && text.contains("75.8"), "{text}");
}

fn import(requirements: &Path, trainings: Option<&Path>, output: &Path) -> Output {
    let mut args = vec![
        "import-csv".to_owned(),
        "--kind".into(),
        "demand".into(),
        requirements.display().to_string(),
        "-o".into(),
        output.display().to_string(),
        "--id".into(),
        "test".into(),
        "--title".into(),
        "Test".into(),
        "--publisher".into(),
        "Region Värmland".into(),
        "--region".into(),
        "Värmlands län".into(),
        "--county".into(),
        "17".into(),
        "--published".into(),
        "2026-11-01".into(),
        "--valid-until".into(),
        "2027-11-01".into(),
    ];
    if let Some(t) = trainings {
        args.extend(["--trainings".to_owned(), t.display().to_string()]);
    }
    Command::new(env!("CARGO_BIN_EXE_kompetenskoll"))
        .args(&args)
        .output()
        .unwrap()
}

#[test]
fn import_csv_makes_a_valid_demand_file() {
    let out_path = temp("imported.json");
    let out = import(
        &fixture("requirements.csv"),
        Some(&fixture("trainings.csv")),
        &out_path,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let check = run(&["validate", out_path.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stderr(&check));
    let demand: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_path).unwrap()).unwrap();
    assert_eq!(
        demand["occupations"][0]["requirements"][0]["importance"], 4.2,
        "decimal comma read"
    );
    assert_eq!(
        demand["occupations"][0]["outlook"][0]["recruitment"],
        "shortage"
    );
    assert_eq!(
        demand["occupations"][1]["requirements"][0]["category"],
        "CE"
    );
    assert_eq!(demand["trainings"][0]["codes"]["skolverket"][0], "VAROMS0");
}

#[test]
fn import_csv_errors_name_the_line_and_column() {
    let text = std::fs::read_to_string(fixture("requirements.csv"))
        .unwrap()
        .replacen(";2,5;3,9;", ";2,5;hög;", 1)
        .replacen(";licence;CE;", ";licence;XX;", 1);
    let bad = temp("bad.csv");
    std::fs::write(&bad, text).unwrap();
    let out = import(&bad, None, &temp("never.json"));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}: line 5, column target: `XX` is not an EU licence category",
            bad.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("line 6, column importance: `hög` is not a number"),
        "{err}"
    );
    assert!(!temp("never.json").exists());

    // A problem only validation sees is traced back to its line too.
    let text = std::fs::read_to_string(fixture("requirements.csv"))
        .unwrap()
        .replacen(";3;4,2;", ";7;4,2;", 1);
    std::fs::write(&bad, text).unwrap();
    let err = stderr(&import(&bad, None, &temp("never.json")));
    assert!(
        err.contains("line 2: occupations[0].requirements[0].level: 7 is outside 0..=4"),
        "{err}"
    );
}

#[test]
fn committed_schemas_are_current() {
    for kind in ["questionnaire", "demand", "profile"] {
        let out = run(&["schema", kind]);
        assert!(out.status.success());
        let path = root().join(format!("static/schema/{kind}.schema.json"));
        let fresh = String::from_utf8(out.stdout).unwrap();
        if std::env::var_os("KOMPETENSKOLL_UPDATE_SCHEMAS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{} is stale: run `KOMPETENSKOLL_UPDATE_SCHEMAS=1 cargo test --test cli`",
            path.display()
        );
        let schema: serde_json::Value = serde_json::from_str(&fresh).unwrap();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
    }
}

#[test]
fn a_standard_validator_accepts_the_examples_with_the_committed_schemas() {
    for (kind, example) in [
        ("questionnaire", "questionnaire-example.json"),
        ("demand", "demand-example.json"),
        ("profile", "profile-example.json"),
    ] {
        let schema: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root().join(format!("static/schema/{kind}.schema.json")))
                .unwrap(),
        )
        .unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let instance: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(fixture(example)).unwrap()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{example}: {errors:#?}");
        let mut broken = instance.clone();
        broken["format"] = serde_json::json!(42);
        assert!(
            !validator.is_valid(&broken),
            "{kind} schema accepts a numeric format"
        );
    }
}

#[test]
fn next_question_names_the_item_the_app_would_ask_and_refuses_a_broken_profile() {
    let content = |name: &str| root().join("static/content").join(name);
    let args = |profile: &Path| {
        run(&[
            "next-question",
            "--demand",
            content("demand-sverige.json").to_str().unwrap(),
            "--questionnaire",
            content("questionnaire.json").to_str().unwrap(),
            "--profile",
            profile.to_str().unwrap(),
        ])
    };
    let out = args(&fixture("profile-example.json"));
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    // An item of the questionnaire that the profile has not rated, or
    // "done" with the reason.
    let first = text.split_whitespace().next().unwrap_or_default();
    let questionnaire = std::fs::read_to_string(content("questionnaire.json")).unwrap();
    let profile = std::fs::read_to_string(fixture("profile-example.json")).unwrap();
    assert!(
        (questionnaire.contains(&format!("\"{first}\""))
            && !profile.contains(&format!("\"{first}\"")))
            || text.starts_with("done: "),
        "{text}"
    );
    // The same profile, the same answer.
    assert_eq!(args(&fixture("profile-example.json")).stdout, out.stdout);
    let broken = args(&fixture("profile-truncated.json"));
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stderr(&broken).contains("profile-truncated.json"),
        "{}",
        stderr(&broken)
    );
}
