//! Every parser, and the search for the JSON path of an error, finishes in
//! work linear in its input, whatever the damage: a damaged file must be
//! refused at once, never hang the app or the CLI.
//!
//! Work is measured, not timed, so the tests hold on a busy machine: the
//! bytes and allocations the parse makes on this thread (a counting
//! allocator) plus the steps the JSON scanner reports. The damaged files are
//! the examples grown to a size and then cut, spliced, unbalanced or
//! misspelt the way the fuzzer found real hangs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::path::Path;

use kompetenskoll::core::demand_csv::{self, Header};
use kompetenskoll::core::session::Session;
use kompetenskoll::core::{json, json_path, profile_code};
use proptest::prelude::*;

struct Counting;

thread_local! {
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator; the counter is a const-initialised
// thread-local Cell, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        System.realloc(ptr, layout, new_size)
    }
}

/// Each allocation costs its bytes and a fixed 64 for the call itself.
fn count(bytes: usize) {
    let _ = ALLOCATED.try_with(|a| a.set(a.get() + bytes as u64 + 64));
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The work `f` does on this thread.
fn work(f: impl FnOnce()) -> u64 {
    let before = (ALLOCATED.with(Cell::get), json_path::steps_taken());
    f();
    ALLOCATED.with(Cell::get) - before.0 + (json_path::steps_taken() - before.1)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

/// `text` grown to at least `size` bytes by doubling its longest arrays (their
/// ids repeat, so a grown file also has many validation problems to place).
fn grown(text: &str, size: usize) -> String {
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    let mut out = serde_json::to_string_pretty(&value).unwrap();
    while out.len() < size {
        double_longest_array(&mut value);
        out = serde_json::to_string_pretty(&value).unwrap();
    }
    out
}

fn double_longest_array(value: &mut serde_json::Value) {
    /// The JSON pointer and serialized length of the array that grows the
    /// file fastest: the longest one, unless an inner array holds most of it.
    fn longest(value: &serde_json::Value, at: String) -> Option<(usize, String)> {
        let children: Vec<(usize, String)> = match value {
            serde_json::Value::Array(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| longest(v, format!("{at}/{i}")))
                .collect(),
            serde_json::Value::Object(map) => map
                .iter()
                .filter_map(|(k, v)| longest(v, format!("{at}/{k}")))
                .collect(),
            _ => vec![],
        };
        let inner = children.into_iter().max_by_key(|c| c.0);
        match value {
            serde_json::Value::Array(_) => {
                let len = value.to_string().len();
                match inner {
                    Some(c) if c.0 * 2 > len => Some(c),
                    _ => Some((len, at)),
                }
            }
            _ => inner,
        }
    }
    let (_, pointer) = longest(value, String::new()).expect("the example has an array to grow");
    let items = value
        .pointer_mut(&pointer)
        .and_then(|v| v.as_array_mut())
        .unwrap();
    let copy = items.clone();
    items.extend(copy);
}

/// The ways the fuzzer damaged files, each at a relative place `at` (0..1).
#[derive(Clone, Copy, Debug)]
enum Damage {
    CutShort,
    QuoteInserted,
    ByteDeleted,
    BraceInserted,
    DeepNesting,
    ChunkCopied,
    KeyMisspelt,
    StrayCloser,
}

const DAMAGES: [Damage; 8] = [
    Damage::CutShort,
    Damage::QuoteInserted,
    Damage::ByteDeleted,
    Damage::BraceInserted,
    Damage::DeepNesting,
    Damage::ChunkCopied,
    Damage::KeyMisspelt,
    Damage::StrayCloser,
];

fn damaged(text: &str, damage: Damage, at: f64) -> String {
    let mut i = ((text.len() as f64 * at) as usize).min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    let (head, tail) = text.split_at(i);
    match damage {
        Damage::CutShort => head.to_owned(),
        Damage::QuoteInserted => format!("{head}\"{tail}"),
        Damage::ByteDeleted => {
            let mut rest = tail.chars();
            rest.next();
            format!("{head}{}", rest.as_str())
        }
        Damage::BraceInserted => format!("{head}{{{tail}"),
        Damage::DeepNesting => format!("{head}{}{tail}", "[".repeat(5_000)),
        Damage::ChunkCopied => {
            let mut end = (i + 300).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            format!("{text}{}", &text[i..end])
        }
        Damage::KeyMisspelt => match tail.find("\":") {
            Some(k) if k > 0 => format!("{head}{}x{}", &tail[..k], &tail[k..]),
            _ => format!("{head}x"),
        },
        Damage::StrayCloser => format!("{head}}}]{tail}"),
    }
}

/// Work per input byte may not grow with the size. `work_at(size, damage)`
/// parses a file of about `size` bytes, damaged or intact. Where damage
/// lands differs between sizes (it may stop the parse early in one and late
/// in the other), so the large file's rate is compared with the most a small
/// one costs, damaged or whole: a quadratic search would multiply it by the
/// size ratio (64 here), a linear one stays within a small factor.
fn assert_linear(what: &str, mut work_at: impl FnMut(usize, bool) -> (usize, u64)) {
    let rate = |(len, work): (usize, u64)| work as f64 / len as f64;
    let small = rate(work_at(16 << 10, true)).max(rate(work_at(16 << 10, false)));
    let (large_len, large_work) = work_at(1 << 20, true);
    // Damage that cuts the file near its start leaves a few hundred bytes,
    // whose fixed costs (a header, a trainings file read beside it) no rate
    // per byte can bound: such a file may cost what a small whole one does.
    if large_len < 16 << 10 {
        let most = small * f64::from(16u32 << 10);
        assert!(
            large_work as f64 <= 3.0 * most,
            "{what}: {large_work} units for {large_len} B, a whole 16 KiB file {most:.0}"
        );
        return;
    }
    let large = rate((large_len, large_work));
    if std::env::var_os("LINEAR_WORK_REPORT").is_some() {
        eprintln!("{what}: at most {small:.1} a byte at 16 KiB, {large:.1} at {large_len} B");
    }
    assert!(
        large <= 3.0 * small,
        "{what}: at most {small:.1} units a byte at 16 KiB, {large:.1} at {large_len} B"
    );
    assert!(
        large <= PER_BYTE_BOUND,
        "{what}: {large:.1} units a byte at {large_len} B (bound {PER_BYTE_BOUND})"
    );
}

/// The most work a byte of input may cost any parser here.
const PER_BYTE_BOUND: f64 = 60.0;

type Parse = fn(&str) -> bool;

fn parsers() -> [(&'static str, &'static str, Parse); 3] {
    [
        ("demand", "demand-example.json", |t| {
            json::parse_demand(t).is_ok()
        }),
        ("questionnaire", "questionnaire-example.json", |t| {
            json::parse_questionnaire(t).is_ok()
        }),
        ("profile", "profile-example.json", |t| {
            json::parse_profile(t).is_ok()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn damaged_files_are_refused_in_linear_work(which in 0usize..3, damage in 0usize..8, at in 0.0f64..1.0) {
        let (kind, example, parse) = parsers()[which];
        let example = fixture(example);
        let damage = DAMAGES[damage];
        assert_linear(&format!("{kind} {damage:?} at {at:.3}"), |size, damage_it| {
            let text = grown(&example, size);
            let text = if damage_it { damaged(&text, damage, at) } else { text };
            (text.len(), work(|| { parse(&text); }))
        });
    }

    #[test]
    fn the_path_search_is_linear_wherever_the_error_is(which in 0usize..3, damage in 0usize..8, at in 0.0f64..1.0, line_at in 0.0f64..1.0) {
        let (_, example, _) = parsers()[which];
        let text = damaged(&grown(&fixture(example), 1 << 20), DAMAGES[damage], at);
        let lines = text.lines().count().max(1);
        let line = 1 + (lines as f64 * line_at) as usize;
        for column in [1, 2, 40, 10_000] {
            let (_, steps) = json_path::path_at_counting(&text, line, column);
            prop_assert!(steps <= 3 * text.len() + 16, "{steps} steps for {} bytes", text.len());
        }
    }

    #[test]
    fn a_damaged_saved_session_is_refused_in_linear_work(damage in 0usize..8, at in 0.0f64..1.0) {
        let session = fixture("sessions/v1.json");
        assert_linear(&format!("session {:?}", DAMAGES[damage]), |size, damage_it| {
            let text = grown(&session, size);
            let text = if damage_it { damaged(&text, DAMAGES[damage], at) } else { text };
            (text.len(), work(|| { let _ = Session::decode(&text); }))
        });
    }

    #[test]
    fn a_damaged_spreadsheet_is_refused_in_linear_work(damage in 0usize..8, at in 0.0f64..1.0) {
        spreadsheet_in_linear_work(DAMAGES[damage], at);
    }

    #[test]
    fn any_digits_as_a_profile_code_are_read_in_bounded_work(digits in "[0-9]{0,9000}", raw in proptest::collection::vec(any::<u8>(), 0..4000)) {
        let q = json::parse_questionnaire(&fixture("questionnaire-example.json")).unwrap();
        let demand = json::parse_demand(&fixture("demand-example.json")).unwrap();
        let spent = work(|| {
            if let Ok(bytes) = profile_code::from_digits(&digits) {
                let _ = profile_code::decode(&bytes, &q, &demand);
            }
            let _ = profile_code::decode(&raw, &q, &demand);
        });
        // Inflating is capped at 64 KiB; everything else is a pass or two.
        prop_assert!(spent <= 40 * (profile_code::MAX_INFLATED as u64) + 200 * (digits.len() + raw.len()) as u64, "{spent}");
    }
}

fn csv_header() -> Header {
    Header {
        id: "prov".into(),
        title: "Prov".into(),
        publisher: "Prov".into(),
        region: "Sverige".into(),
        county: None,
        municipality: None,
        published: "2026-01-01".into(),
        valid_until: "2027-01-01".into(),
        licence: "CC0".into(),
    }
}

/// At each format's size limit the damage that makes the search read the
/// most (near the end) still costs a bounded amount a byte.
#[test]
fn files_at_the_size_limit_are_refused_in_bounded_work() {
    let limits = [
        json::MAX_DEMAND_BYTES,
        json::MAX_QUESTIONNAIRE_BYTES,
        json::MAX_PROFILE_BYTES,
    ];
    for ((kind, example, parse), limit) in parsers().into_iter().zip(limits) {
        let text = grown(&fixture(example), limit * 9 / 10);
        let text = &text[..text.len().min(limit - 1024)];
        for damage in [Damage::QuoteInserted, Damage::StrayCloser] {
            let damaged = damaged(text, damage, 0.98);
            let spent = work(|| assert!(!parse(&damaged), "{kind} {damage:?} was accepted"));
            let rate = spent as f64 / damaged.len() as f64;
            assert!(
                rate <= PER_BYTE_BOUND,
                "{kind} {damage:?}: {rate:.1} units a byte"
            );
        }
    }
}

/// Every input the fuzzer found to hang or crash is kept under
/// `fuzz/regressions/<target>/` and must be refused with a plain problem
/// that names a place, in bounded work.
#[test]
fn every_fuzz_regression_is_refused_in_bounded_work() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut seen = 0;
    for target in std::fs::read_dir(&root).unwrap() {
        let target = target.unwrap().path();
        let name = target.file_name().unwrap().to_string_lossy().into_owned();
        for input in std::fs::read_dir(&target).unwrap() {
            let input = input.unwrap().path();
            let bytes = std::fs::read(&input).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            let mut problems = Vec::new();
            let spent = work(|| {
                problems = match name.as_str() {
                    "parse_demand" => json::parse_demand(&text).err().unwrap_or_default(),
                    "parse_questionnaire" => {
                        json::parse_questionnaire(&text).err().unwrap_or_default()
                    }
                    "parse_profile" => json::parse_profile(&text).err().unwrap_or_default(),
                    "load_demand" => {
                        // As the app takes it: parse, index, rank, explain.
                        if let Ok(demand) = json::parse_demand(&text) {
                            let scorer = kompetenskoll::core::scoring::Scorer::new(&demand);
                            let answers = kompetenskoll::core::answers::Answers::default();
                            let seeker = scorer.seeker(&answers);
                            for r in scorer.rank(&seeker).iter().take(3) {
                                let _ = scorer.explain(r.index, &seeker, "sv");
                            }
                        }
                        vec![]
                    }
                    "path_at" => {
                        // As the fuzz target reads it: two bytes of position.
                        let (head, rest) = bytes.split_at(bytes.len().min(2));
                        let rest = String::from_utf8_lossy(rest);
                        let (line, column) = match head {
                            [l, c] => (usize::from(*l) % 64 + 1, usize::from(*c) * 4 + 1),
                            _ => (1, 1),
                        };
                        let (path, steps) = json_path::path_at_counting(&rest, line, column);
                        assert!(steps <= 3 * rest.len() + 16, "{steps} steps");
                        let wanted: Vec<&str> = path
                            .as_deref()
                            .into_iter()
                            .chain(["format", "a.b[2]", ""])
                            .collect();
                        let (_, steps) = json_path::locate_all_counting(&rest, &wanted);
                        // Each value costs its own key or index (a few digits).
                        let digits = rest.len().to_string().len();
                        assert!(
                            steps <= (6 + digits) * rest.len() + 64 * wanted.len() + 16,
                            "{steps} steps"
                        );
                        vec![]
                    }
                    "decode_session" => {
                        let _ = Session::decode(&text);
                        vec![]
                    }
                    "import_csv" => {
                        let (requirements, trainings) = text
                            .split_once("\n\n")
                            .map_or((&*text, None), |(a, b)| (a, Some(b)));
                        let _ = demand_csv::import(&csv_header(), requirements, trainings);
                        vec![]
                    }
                    "decode_profile_code" => {
                        let q = json::parse_questionnaire(&fixture("questionnaire-example.json"))
                            .unwrap();
                        let demand = json::parse_demand(&fixture("demand-example.json")).unwrap();
                        let _ = profile_code::decode(&bytes, &q, &demand);
                        vec![]
                    }
                    other => panic!("fuzz/regressions/{other}: no replay for this target here"),
                };
            });
            assert!(
                spent <= (PER_BYTE_BOUND as u64) * bytes.len() as u64 + 100_000,
                "{}: {spent} units for {} bytes",
                input.display(),
                bytes.len()
            );
            if name.starts_with("parse_") {
                let first = problems
                    .first()
                    .unwrap_or_else(|| panic!("{} was accepted", input.display()));
                assert!(
                    first.position.is_some(),
                    "{}: {first} names no place",
                    input.display()
                );
            }
            seen += 1;
        }
    }
    assert!(seen >= 3, "the three known hangs are kept as regressions");
}

/// A long key above many values: each value costs its own index, not the
/// whole path (the fuzzer found the quadratic version in seconds).
#[test]
fn a_long_key_above_many_values_is_searched_in_linear_steps() {
    let key = "k".repeat(200_000);
    let values = vec!["1"; 100_000].join(",");
    let text = format!("{{\"{key}\": [{values}], \"b\": 2}}");
    let last = format!("{key}[99999]");
    let (found, steps) = json_path::locate_all_counting(&text, &[&last, "b", "nowhere"]);
    assert!(found[0].is_some() && found[1].is_some() && found[2].is_none());
    assert!(
        steps <= 4 * text.len(),
        "{steps} steps for {} bytes",
        text.len()
    );
}

/// A brace inserted before a list of names (`[{"goal", "skills", …`) makes
/// every name after it a key without a value. The search for the error's
/// path looks at each once and copies none: it used to allocate each,
/// five units a byte, which made the damaged-file test fail at random.
#[test]
fn a_run_of_keys_without_values_costs_no_allocation_per_key() {
    for n in [1_000, 100_000] {
        let text = format!("{{\"included\": [{{{}]}}", "\"work_history\", ".repeat(n));
        let spent = work(|| {
            let _ = json_path::path_at(&text, 1, text.len());
        });
        assert!(
            spent <= 2 * text.len() as u64 + 1_024,
            "{spent} units for {} bytes",
            text.len()
        );
    }
}

/// A spreadsheet of requirements grown to each size, damaged at `at`.
fn spreadsheet_in_linear_work(damage: Damage, at: f64) {
    let requirements = fixture("requirements.csv");
    let trainings = fixture("trainings.csv");
    assert_linear(&format!("csv {damage:?}"), |size, damage_it| {
        let mut grown = requirements.clone();
        while grown.len() < size {
            let body: String = grown.lines().skip(1).map(|l| format!("{l}\n")).collect();
            grown.push_str(&body);
        }
        let text = if damage_it {
            damaged(&grown, damage, at)
        } else {
            grown
        };
        (
            text.len(),
            work(|| {
                let _ = demand_csv::import(&csv_header(), &text, Some(&trainings));
            }),
        )
    });
}

/// Found by the property above on a clean clone: a CSV has no `":`, so a
/// misspelt key cuts the file at `at`, here to 629 bytes, where the fixed
/// cost of the header and the trainings read beside it is 77 units a byte.
#[test]
fn a_spreadsheet_cut_near_its_start_costs_no_more_than_a_whole_small_one() {
    spreadsheet_in_linear_work(Damage::KeyMisspelt, 0.0006);
}
