//! Any text and any position as a JSON error to place: the path search and
//! the one-pass locator finish in steps linear in the text, whatever it is
//! (a recursive search once looped forever on a damaged demand file).
#![no_main]
use kompetenskoll::core::json_path;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&[l, c], rest)) = data.split_first_chunk::<2>() else { return };
    let text = String::from_utf8_lossy(rest);
    let (line, column) = (usize::from(l) % 64 + 1, usize::from(c) * 4 + 1);
    let (path, steps) = json_path::path_at_counting(&text, line, column);
    assert!(steps <= 3 * text.len() + 16, "{steps} steps for {} bytes", text.len());
    let paths = ["format", "occupations[0].requirements[1].level", "a.b[2]", ""];
    let wanted: Vec<&str> = path.as_deref().into_iter().chain(paths).collect();
    let (_, steps) = json_path::locate_all_counting(&text, &wanted);
    // Each value costs its own key or index: an index is a few digits, so
    // the bound carries the digits of the length (at most 8 up to 40 MB).
    let digits = text.len().to_string().len();
    assert!(steps <= (6 + digits) * text.len() + 64 * wanted.len() + 16, "{steps} steps");
    let _ = json_path::top_level_format(&text);
});
