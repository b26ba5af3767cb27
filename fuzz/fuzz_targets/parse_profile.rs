//! Any bytes as a profile; one that parses is scored against the example
//! demand file, since coaches open profiles from anyone.
#![no_main]
use kompetenskoll::core::{json, scoring::Scorer};
use libfuzzer_sys::fuzz_target;

const DEMAND: &str = include_str!("../../tests/fixtures/demand-example.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(profile) = json::parse_profile(text) {
        let demand = json::parse_demand(DEMAND).expect("example demand file is valid");
        let scorer = Scorer::new(&demand);
        let seeker = scorer.seeker(&profile.answers);
        for r in scorer.rank(&seeker) {
            let _ = scorer.explain(r.index, &seeker, "sv");
        }
    }
});
