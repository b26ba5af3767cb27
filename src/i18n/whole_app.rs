// The Swedish messages only the whole app shows, by key prefix: the
// first screen (built without `matching`) compiles in the rest of
// locales/sv.ftl and none of these (build.rs), so its download does not
// grow with the results, explanations, hand-over, coach's view and
// matching centre. Included by build.rs and by tests/tidy.rs, which fails
// if a file the first screen shows writes one of these keys.

/// Prefixes of the whole app's messages.
pub const WHOLE_APP_PREFIXES: &[&str] = &[
    "occ-", "coach-", "results-", "summary-", "outlook-", "handover-", "centre-", "ctx-",
    "cert-", "pref-", "part-", "training-", "qr-", "wh-",
];

/// Messages with those prefixes that the first screen shows all the same.
pub const ON_THE_FIRST_SCREEN: &[&str] = &["centre-open"];

/// Whether the first screen leaves the message `key` out.
pub fn whole_app_only(key: &str) -> bool {
    WHOLE_APP_PREFIXES.iter().any(|p| key.starts_with(p)) && !ON_THE_FIRST_SCREEN.contains(&key)
}
