//! Full re-scores, as the app does after every answer: the example demand
//! file, the default national one (400 occupation groups), and a generated
//! 10,000 occupations × 50 requirements. Target for the 10k file: under 5 ms
//! natively.

use criterion::{criterion_group, criterion_main, Criterion};
use kompetenskoll::core::{json, scoring::Scorer, synthetic};

fn rescoring(c: &mut Criterion) {
    let root = env!("CARGO_MANIFEST_DIR");
    let example = json::parse_demand(
        &std::fs::read_to_string(format!("{root}/tests/fixtures/demand-example.json")).unwrap(),
    )
    .unwrap();
    let profile = json::parse_profile(
        &std::fs::read_to_string(format!("{root}/tests/fixtures/profile-example.json")).unwrap(),
    )
    .unwrap();
    let national = json::parse_demand(
        &std::fs::read_to_string(format!("{root}/static/content/demand-sverige.json")).unwrap(),
    )
    .unwrap();
    let big = synthetic::demand(10_000, 50, 1);
    let big_answers = synthetic::answers(2);

    let mut group = c.benchmark_group("rescore");
    let scorer = Scorer::new(&example);
    group.bench_function("example file", |b| {
        b.iter(|| scorer.rank(&scorer.seeker(&profile.answers)))
    });
    let scorer = Scorer::new(&national);
    let national_answers = synthetic::answers_for(&national, 3);
    group.bench_function("default national file (400 groups)", |b| {
        b.iter(|| scorer.rank(&scorer.seeker(&national_answers)))
    });
    let scorer = Scorer::new(&big);
    group.bench_function("10k occupations x 50 requirements", |b| {
        b.iter(|| scorer.rank(&scorer.seeker(&big_answers)))
    });
    group.bench_function("10k: explain the top 20", |b| {
        let seeker = scorer.seeker(&big_answers);
        let ranked = scorer.rank(&seeker);
        b.iter(|| {
            ranked[..20]
                .iter()
                .map(|r| scorer.explain(r.index, &seeker, "sv"))
                .collect::<Vec<_>>()
        })
    });
    group.finish();
}

criterion_group!(benches, rescoring);
criterion_main!(benches);
