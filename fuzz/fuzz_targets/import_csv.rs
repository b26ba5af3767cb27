#![no_main]
use kompetenskoll::core::demand_csv::{import, Header};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let header = Header {
        id: "fuzz".into(),
        title: "Fuzz".into(),
        publisher: "Fuzz".into(),
        region: "Sverige".into(),
        county: None,
        municipality: None,
        published: "2026-01-01".into(),
        valid_until: "2027-01-01".into(),
        licence: "CC0".into(),
    };
    let (requirements, trainings) = text.split_once("\n\n").map_or((text, None), |(a, b)| (a, Some(b)));
    let _ = import(&header, requirements, trainings);
});
