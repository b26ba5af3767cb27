//! The Swedish messages the app compiles in, written to OUT_DIR/sv.ftl:
//! all of locales/sv.ftl for the whole app, and for the first screen
//! (built without the `matching` feature) all but the whole app's
//! (src/i18n/whole_app.rs), so that its download stays small.

include!("src/i18n/whole_app.rs");

fn main() {
    let source = "src/i18n/locales/sv.ftl";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=src/i18n/whole_app.rs");
    let ftl = std::fs::read_to_string(source).expect("the Swedish messages");
    let kept = if std::env::var_os("CARGO_FEATURE_MATCHING").is_some() {
        ftl
    } else {
        first_screen(&ftl)
    };
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("sv.ftl");
    std::fs::write(out, kept).expect("OUT_DIR/sv.ftl");
}

/// The messages of `ftl` the first screen keeps: a message is its `key =`
/// line and the indented or closing lines after it.
fn first_screen(ftl: &str) -> String {
    let mut kept = String::with_capacity(ftl.len());
    let mut dropping = false;
    for line in ftl.lines() {
        let continues = line.starts_with([' ', '\t', '}']);
        if !continues {
            dropping = line
                .split_once(" = ")
                .is_some_and(|(key, _)| whole_app_only(key.trim()));
        }
        if !dropping {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept
}
