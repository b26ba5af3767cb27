//! Any bytes as a demand file: parsing and validation must not panic, and a
//! file that parses must score without panicking.
#![no_main]
use kompetenskoll::core::{answers::Answers, json, scoring::Scorer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(demand) = json::parse_demand(text) {
        let scorer = Scorer::new(&demand);
        let answers = Answers::default();
        let seeker = scorer.seeker(&answers);
        for r in scorer.rank(&seeker).iter().take(3) {
            let _ = scorer.explain(r.index, &seeker, "sv");
        }
    }
});
