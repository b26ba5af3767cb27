//! The content files the app ships (copied into dist/content by Trunk) and
//! loading them: fetch, parse and validate with the core, keep the problems.

use std::rc::Rc;

use crate::core::demand::DemandFile;
use crate::core::json;
use crate::core::questionnaire::Questionnaire;
use crate::i18n::{self, t_args, Locale};
use crate::platform::fetch;
use crate::platform::files::{self, FileError};
use yew::{Callback, TargetCast};

pub const QUESTIONNAIRE: &str = "content/questionnaire.json";

/// A bundled demand file: where it is and the key of its name in the
/// translation files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bundled {
    pub path: &'static str,
    pub name_key: &'static str,
}

/// The bundled demand files: the national default first.
pub const DEMAND_FILES: [Bundled; 2] = [
    Bundled {
        path: "content/demand-sverige.json",
        name_key: "demand-file-sverige",
    },
    Bundled {
        path: "content/demand-varmland-exempel.json",
        name_key: "demand-file-varmland",
    },
];

/// A file being loaded, loaded, or refused with the reasons why.
#[derive(Clone, Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(Rc<T>),
    /// Could not be fetched: the browser's reason.
    Unreachable(String),
    /// Fetched but invalid: the validator's messages.
    Invalid(Vec<String>),
}

async fn load<T>(
    path: &str,
    parse: fn(&str) -> Result<T, Vec<crate::core::validation::Problem>>,
) -> Load<T> {
    match fetch::text(path).await {
        Err(reason) => Load::Unreachable(reason),
        Ok(text) => match parse(&text) {
            Ok(value) => Load::Ready(Rc::new(value)),
            Err(problems) => Load::Invalid(problems.iter().map(ToString::to_string).collect()),
        },
    }
}

pub async fn load_demand(path: &str) -> Load<DemandFile> {
    load(path, json::parse_demand).await
}

/// Makes `locale`'s messages available, fetching its `.ftl` if it is not
/// compiled in. The error says which file and why, for the language picker.
pub async fn load_locale(locale: Locale) -> Result<(), String> {
    if locale.is_ready() {
        return Ok(());
    }
    let path = locale.path();
    let source = fetch::text(&path).await?;
    i18n::install(locale, &source).map_err(|e| format!("{path}: {e}"))
}

pub async fn load_questionnaire() -> Load<Questionnaire> {
    load(QUESTIONNAIRE, json::parse_questionnaire).await
}

/// A file input's change handler: reads the picked file unless it is over
/// `max_bytes` (then the `too_large_key` message, with `file`, `size` and
/// `max`), parses it with `parse`, and hands `done` its name and the result.
/// The input is cleared so that the same file can be picked again once fixed.
pub fn on_pick<T: 'static>(
    locale: Locale,
    max_bytes: usize,
    parse: fn(&str) -> Result<T, Vec<crate::core::validation::Problem>>,
    too_large_key: &'static str,
    done: impl Fn(String, Load<T>) + 'static,
) -> Callback<yew::Event> {
    let done = Rc::new(done);
    Callback::from(move |e: yew::Event| {
        let Some(file) = take_picked_file(&e) else {
            return;
        };
        let done = done.clone();
        yew::platform::spawn_local(async move {
            let name = file.name();
            let load = match files::read_text(&file, max_bytes).await {
                Ok(text) => match parse(&text) {
                    Ok(value) => Load::Ready(Rc::new(value)),
                    Err(problems) => {
                        Load::Invalid(problems.iter().map(ToString::to_string).collect())
                    }
                },
                Err(FileError::TooLarge { bytes, max }) => {
                    Load::Invalid(vec![too_large(locale, too_large_key, &name, bytes, max)])
                }
                Err(FileError::Unreadable(reason)) => Load::Unreachable(reason),
            };
            done(name, load);
        });
    })
}

/// The file picked in a file input, which is then cleared so that the same
/// file can be picked again once fixed.
pub fn take_picked_file(e: &yew::Event) -> Option<web_sys::File> {
    let input = e.target_dyn_into::<web_sys::HtmlInputElement>()?;
    let file = input.files().and_then(|list| list.get(0))?;
    input.set_value("");
    Some(file)
}

/// The `key` message (`file`, `size`, `max` in MB) for a file over its limit.
pub fn too_large(locale: Locale, key: &str, file: &str, bytes: u64, max: u64) -> String {
    t_args(
        locale,
        key,
        &[
            ("file", file),
            ("size", &format!("{:.1}", bytes as f64 / 1e6)),
            ("max", &(max / 1_000_000).to_string()),
        ],
    )
}
