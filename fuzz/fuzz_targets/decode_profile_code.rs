//! Any bytes as a QR profile code (as digits and as raw code bytes): read
//! or refused, never a panic; what reads is scored like an opened profile.
#![no_main]
use kompetenskoll::core::{json, profile_code, scoring::Scorer};
use libfuzzer_sys::fuzz_target;

const QUESTIONNAIRE: &str = include_str!("../../tests/fixtures/questionnaire-example.json");
const DEMAND: &str = include_str!("../../tests/fixtures/demand-example.json");

fuzz_target!(|data: &[u8]| {
    let q = json::parse_questionnaire(QUESTIONNAIRE).expect("example questionnaire is valid");
    let demand = json::parse_demand(DEMAND).expect("example demand file is valid");
    let from_digits = std::str::from_utf8(data)
        .ok()
        .and_then(|s| profile_code::from_digits(s).ok());
    for bytes in [Some(data.to_vec()), from_digits].into_iter().flatten() {
        if let Ok((profile, _)) = profile_code::decode(&bytes, &q, &demand) {
            let scorer = Scorer::new(&demand);
            let seeker = scorer.seeker(&profile.answers);
            for r in scorer.rank(&seeker) {
                let _ = scorer.explain(r.index, &seeker, "sv");
            }
        }
    }
});
