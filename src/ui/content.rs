//! The content files the app ships (copied into dist/content by Trunk) and
//! loading them: fetch, parse and validate with the core, keep the problems.

use std::rc::Rc;

use crate::core::demand::DemandFile;
use crate::core::json;
use crate::core::questionnaire::Questionnaire;
use crate::platform::fetch;

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

pub async fn load_questionnaire() -> Load<Questionnaire> {
    load(QUESTIONNAIRE, json::parse_questionnaire).await
}
