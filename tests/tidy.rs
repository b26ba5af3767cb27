//! The invariants ARCHITECTURE.md states, checked on the source the way
//! rust-analyzer's own tidy tests check its tree: a rule that only a
//! reviewer remembers is a rule that drifts.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root()).unwrap().display().to_string()
}

const BROWSER_CRATES: [&str; 6] = [
    "yew",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "wasm-bindgen-futures",
    "gloo",
];

/// The core crate, as Cargo resolves it for the browser build, reaches no
/// browser crate: not directly, not through any dependency.
#[test]
fn the_core_crate_reaches_no_browser_crate() {
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--filter-platform",
            "wasm32-unknown-unknown",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let names: HashMap<&str, &str> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let nodes: HashMap<&str, &serde_json::Value> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let core = names
        .iter()
        .find(|(_, name)| **name == "kompetenskoll-core")
        .map(|(id, _)| *id)
        .unwrap();
    // Normal (not dev or build) dependencies, transitively.
    let mut seen = BTreeSet::new();
    let mut stack = vec![core];
    while let Some(id) = stack.pop() {
        if !seen.insert(names[id]) {
            continue;
        }
        for dep in nodes[id]["deps"].as_array().unwrap() {
            let normal = dep["dep_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"].is_null());
            if normal {
                stack.push(dep["pkg"].as_str().unwrap());
            }
        }
    }
    let browser: Vec<&&str> = seen
        .iter()
        .filter(|name| BROWSER_CRATES.contains(name) || name.starts_with("gloo"))
        .collect();
    assert!(
        browser.is_empty(),
        "the core reaches {browser:?} through {seen:?}"
    );
    assert!(
        seen.contains("serde"),
        "the walk found the core's dependencies"
    );
}

/// Outside `platform`, no app source names a browser crate: every browser
/// call goes through `platform`, which has a native stand-in for each.
#[test]
fn only_platform_names_a_browser_crate() {
    // The wasm benchmark page is a tool, not the app: it exports functions
    // to its own page and reads the page's clock. The whole app's entry
    // point exports the functions the first screen calls (ui::handoff),
    // the demand-file worker's the one its script calls (core::held).
    let exempt = ["src/bin/bench.rs", "src/bin/web.rs", "src/bin/demand.rs"];
    let mut found = Vec::new();
    for path in rust_files(&root().join("src")) {
        let name = relative(&path);
        if name.starts_with("src/platform/") || exempt.contains(&name.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for needle in ["web_sys", "js_sys", "wasm_bindgen", "gloo"] {
                if code.contains(needle) {
                    found.push(format!("{name}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "browser crates outside platform:\n{}",
        found.join("\n")
    );
}

/// Every struct a format deserializes refuses fields it does not know, and
/// so does every enum with fields in its variants: a misspelt key is a
/// problem the publisher is told about, never silently ignored.
#[test]
fn every_format_model_denies_unknown_fields() {
    let mut lax = Vec::new();
    for path in rust_files(&root().join("crates/core/src")) {
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let Some(rest) = line
                .strip_prefix("pub struct ")
                .or_else(|| line.strip_prefix("pub enum "))
            else {
                continue;
            };
            // The attributes and comments just above the item.
            let above: Vec<&str> = lines[..n]
                .iter()
                .rev()
                .take_while(|l| {
                    let l = l.trim_start();
                    l.starts_with("#[") || l.starts_with("///") || l.starts_with("//")
                })
                .copied()
                .collect();
            let attrs = above.join("\n");
            if !(attrs.contains("derive(") && attrs.contains("Deserialize")) {
                continue;
            }
            // A unit-only enum has no fields to misspell; a transparent
            // newtype is its inner type.
            let body: String = lines[n..]
                .iter()
                .skip(1)
                .take_while(|l| !l.starts_with('}'))
                .copied()
                .collect();
            let fields = line.starts_with("pub struct ") || body.contains('{');
            if fields && !attrs.contains("deny_unknown_fields") && !attrs.contains("transparent") {
                let name = rest.split([' ', '<', '(', '{']).next().unwrap_or(rest);
                lax.push(format!("{}:{}: {name}", relative(&path), n + 1));
            }
        }
    }
    assert!(
        lax.is_empty(),
        "format models without deny_unknown_fields:\n{}",
        lax.join("\n")
    );
}

/// ARCHITECTURE.md's map names every module of the app and the core.
#[test]
fn the_module_map_names_every_module() {
    let map = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let mut missing = Vec::new();
    for dir in [
        "src",
        "crates/core/src",
        "crates/cli/src",
        "crates/tools/src",
    ] {
        for path in rust_files(&root().join(dir)) {
            let stem = path.file_stem().unwrap().to_str().unwrap();
            // A folder's mod.rs is named by its folder.
            let name = if stem == "mod" || stem == "lib" {
                path.parent()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_str()
                    .unwrap()
            } else {
                stem
            };
            let word = |c: char| c.is_alphanumeric() || c == '_';
            let named = map.match_indices(name).any(|(i, _)| {
                let before = map[..i].chars().next_back().unwrap_or(' ');
                let after = map[i + name.len()..].chars().next().unwrap_or(' ');
                !word(before) && !word(after)
            });
            if !named {
                missing.push(relative(&path));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not name:\n{}",
        missing.join("\n")
    );
}

/// Every message key the code writes down exists in Swedish, the source
/// (every other locale is checked against Swedish by the i18n tests), and
/// no key is assembled at run time: a misspelt key is a build failure,
/// not a raw key on a seeker's screen in a branch no render test draws.
#[test]
fn every_message_key_in_the_code_is_a_swedish_message() {
    let ftl = std::fs::read_to_string(root().join("src/i18n/locales/sv.ftl")).unwrap();
    let keys: BTreeSet<&str> = ftl
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
        .filter(|k| !k.is_empty() && !k.starts_with(['#', ' ', '.']))
        .collect();
    let mut unknown = Vec::new();
    let mut assembled = Vec::new();
    let mut checked = 0;
    for path in rust_files(&root().join("src")) {
        let name = relative(&path);
        if name == "src/ui/render_tests.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Tests may ask for keys that do not exist, on purpose.
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        // `t(locale, "key"` and `t_args(l, "key"`, across line breaks.
        for call in ["t(", "t_args("] {
            for (at, _) in text.match_indices(call) {
                let before = text[..at].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' || before == '.' {
                    continue;
                }
                let args = &text[at + call.len()..];
                let Some((_, rest)) = args.split_once(',') else {
                    continue;
                };
                let rest = rest.trim_start();
                if let Some(literal) = rest.strip_prefix('"') {
                    let key = literal.split('"').next().unwrap_or("");
                    checked += 1;
                    if !keys.contains(key) {
                        unknown.push(format!("{name}: {key}"));
                    }
                } else if rest.starts_with("&format!") {
                    assembled.push(format!("{name}: {}", &rest[..rest.len().min(40)]));
                }
            }
        }
    }
    // The enum maps: every key they name.
    let maps = std::fs::read_to_string(root().join("src/ui/keys.rs")).unwrap();
    for arm in maps.split("=> \"").skip(1) {
        let key = arm.split('"').next().unwrap_or("");
        checked += 1;
        if !keys.contains(key) {
            unknown.push(format!("src/ui/keys.rs: {key}"));
        }
    }
    assert!(
        unknown.is_empty(),
        "keys not in sv.ftl:\n{}",
        unknown.join("\n")
    );
    assert!(
        assembled.is_empty(),
        "keys assembled at run time (add a map to ui::keys):\n{}",
        assembled.join("\n")
    );
    assert!(
        checked > 200,
        "only {checked} keys found: the search is broken"
    );
}

mod whole_app {
    include!("../src/i18n/whole_app.rs");
}

/// The first screen compiles in Swedish less the whole app's messages
/// (build.rs): no file it shows may write one of those keys, or a seeker
/// would see the key itself.
#[test]
fn the_first_screen_writes_no_message_it_leaves_out() {
    const FIRST_SCREEN: &[&str] = &[
        "src/bin/first.rs",
        "src/ui/app.rs",
        "src/ui/handoff.rs",
        "src/ui/pages/start.rs",
        "src/ui/pages/questionnaire.rs",
        "src/ui/components/goal_question.rs",
        "src/ui/components/choice.rs",
        "src/ui/components/profile_opener.rs",
        "src/ui/components/delete_everything.rs",
        "src/ui/components/kiosk_guard.rs",
        "src/ui/components/language_picker.rs",
        "src/ui/components/refusal.rs",
        "src/ui/content.rs",
        "src/ui/local.rs",
    ];
    let mut left_out = Vec::new();
    for name in FIRST_SCREEN {
        let text = std::fs::read_to_string(root().join(name)).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        for literal in text.split('"').skip(1).step_by(2) {
            let looks_like_a_key = literal.contains('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if looks_like_a_key && whole_app::whole_app_only(literal) {
                left_out.push(format!("{name}: {literal}"));
            }
        }
    }
    assert!(
        left_out.is_empty(),
        "the first screen writes messages it does not carry:\n{}",
        left_out.join("\n")
    );
}
