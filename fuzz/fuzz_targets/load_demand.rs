//! Any bytes as a demand file opened in the browser, step by step as the app
//! takes it: the size check, kind and version, parse, validation, the index
//! built once per file, a ranking for an empty and for an answered profile,
//! and the explanation and what-if of the top occupations.
#![no_main]
use kompetenskoll::core::{answers::Answers, json, scoring::{after_training, Indexed}};
use libfuzzer_sys::fuzz_target;

const PROFILE: &str = include_str!("../../tests/fixtures/profile-example.json");

fuzz_target!(|data: &[u8]| {
    if data.len() > json::MAX_DEMAND_BYTES {
        return;
    }
    let text = String::from_utf8_lossy(data);
    let demand = match json::parse_demand(&text) {
        Ok(demand) => demand,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal names its problem");
            return;
        }
    };
    let indexed = Indexed::of(std::rc::Rc::new(demand));
    let profile = json::parse_profile(PROFILE).expect("example profile is valid");
    for answers in [Answers::default(), profile.answers] {
        let scorer = indexed.scorer();
        let seeker = scorer.seeker(&answers);
        for r in scorer.rank(&seeker).iter().take(3) {
            let _ = scorer.explain(r.index, &seeker, "sv");
            // What if: each training the file offers, taken.
            for training in indexed.demand().trainings.iter().take(4) {
                let after = after_training(&answers, training);
                let _ = scorer.rank(&scorer.seeker(&after));
            }
        }
    }
});
