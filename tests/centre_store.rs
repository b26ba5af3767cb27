//! The matching centre's kept list (core::centre_store): what is sealed
//! reads back as the same profiles, and what is not a kept list is refused
//! with its reason. The sealing itself is WebCrypto's, proven in the
//! browser (tests/e2e/centre.test.mjs opens the stored value with Node's
//! WebCrypto from the format alone).

use kompetenskoll::core::centre_store::{
    line, read_sealed, Kept, KeptProfile, Lines, StoreTrouble,
};
use kompetenskoll::core::json;

fn example() -> Kept {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/profile-example.json"),
    )
    .unwrap();
    let profile = json::parse_profile(&text).unwrap();
    Kept {
        profiles: vec![KeptProfile {
            file: "seeker-01.json".to_owned(),
            label: "A 12".to_owned(),
            added: "2026-12-06".to_owned(),
            profile,
        }],
    }
}

#[test]
fn the_list_inside_reads_back_as_the_same_profiles() {
    let kept = example();
    let mut second = kept.profiles[0].clone();
    // A label typed over two lines stays on the profile's one line.
    second.file = "seeker-02.json".to_owned();
    second.label = "B 7\nkvällar".to_owned();
    let profiles = [kept.profiles[0].clone(), second];
    let text: String = profiles
        .iter()
        .map(|p| line(&p.file, &p.label, &p.added, &p.profile) + "\n")
        .collect();
    assert_eq!(text.lines().count(), 2);
    let mut lines = Lines::default();
    let mut read: Vec<KeptProfile> = lines.read(text.as_bytes()).unwrap();
    read.extend(lines.finish().unwrap());
    assert_eq!(read, profiles);
    // A version 1 store's one document still reads.
    assert_eq!(Kept::from_bytes(&kept.to_bytes()), Ok(kept));
}

#[test]
fn what_opens_but_is_not_a_list_is_damaged_and_a_profile_is_not_a_store() {
    assert_eq!(
        Kept::from_bytes(b"{\"profiles\": 3}"),
        Err(StoreTrouble::Damaged)
    );
    let profile = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/profile-example.json"),
    )
    .unwrap();
    assert_eq!(read_sealed(&profile), Err(StoreTrouble::NotAStore));
    assert_eq!(
        Lines::default().read(b"{\"file\": 3}\n"),
        Err(StoreTrouble::Damaged)
    );
}
