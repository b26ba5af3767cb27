//! Reading the three formats from JSON text: kind detection by `format`,
//! size limits, and errors that carry the JSON path and line/column.

use serde::de::DeserializeOwned;

use crate::demand::{self, DemandFile};
use crate::json_path;
use crate::profile::{self, Profile};
use crate::questionnaire::{self, JobTitleList, Questionnaire};
use crate::validation::{Problem, Problems, Trouble};

/// The largest files read, per kind. A bigger file is refused unread: a
/// phone would freeze parsing it, and no real file comes near.
pub const MAX_QUESTIONNAIRE_BYTES: usize = 8 << 20;
pub const MAX_DEMAND_BYTES: usize = 40 << 20;
pub const MAX_PROFILE_BYTES: usize = 2 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Kind {
    Questionnaire,
    Demand,
    Profile,
}

impl Kind {
    pub fn format(self) -> &'static str {
        match self {
            Kind::Questionnaire => questionnaire::FORMAT,
            Kind::Demand => demand::FORMAT,
            Kind::Profile => profile::FORMAT,
        }
    }

    pub fn max_bytes(self) -> usize {
        match self {
            Kind::Questionnaire => MAX_QUESTIONNAIRE_BYTES,
            Kind::Demand => MAX_DEMAND_BYTES,
            Kind::Profile => MAX_PROFILE_BYTES,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Questionnaire => "questionnaire",
            Kind::Demand => "demand",
            Kind::Profile => "profile",
        }
    }
}

/// A parsed and validated file of any kind.
#[derive(Debug)]
pub enum Document {
    Questionnaire(Questionnaire),
    Demand(DemandFile),
    Profile(Profile),
}

/// Which kind `text` claims to be, from its top-level `format` field. The
/// field is read from the head of the text without parsing the rest, so a
/// file damaged further on is still named by its kind.
pub fn detect(text: &str) -> Result<Kind, Problem> {
    let text = without_bom(text);
    let first = text.trim_start().chars().next();
    if first.is_none() {
        return Err(Problem::whole(Trouble::Damaged, "the file is empty"));
    }
    if first.is_some_and(|c| c != '{') {
        return Err(Problem::whole(
            Trouble::NotOurs,
            "not a Kompetenskoll file: expected a JSON object `{ \"format\": … }`",
        ));
    }
    let format = match json_path::top_level_format(text) {
        Some(Ok(format)) => format,
        Some(Err(())) => {
            let mut problem = Problem::new("format", "must be a string");
            problem.trouble = Trouble::NotOurs;
            return Err(located(text, problem));
        }
        None => {
            // No `format` before the text ends or breaks: broken JSON is
            // said as such; whole JSON without one is not ours.
            if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
                return Err(deserialize_problem(text, &e));
            }
            return Err(Problem::whole(
                Trouble::NotOurs,
                "format: missing: a file names its format, e.g. `kompetenskoll/demand@1`",
            ));
        }
    };
    if let Some(kind) = KINDS.into_iter().find(|k| k.format() == format) {
        return Ok(kind);
    }
    let newer = KINDS.into_iter().any(|k| is_newer(&format, k));
    let mut problem = if newer {
        Problem::new(
            "format",
            format!("`{format}` was made by a newer version of Kompetenskoll"),
        )
    } else {
        Problem::new("format", format!("unknown format `{format}` (expected kompetenskoll/questionnaire@1, demand@1 or profile@1)"))
    };
    problem.trouble = if newer {
        Trouble::Newer(format)
    } else {
        Trouble::UnknownFormat(format)
    };
    Err(located(text, problem))
}

const KINDS: [Kind; 3] = [Kind::Questionnaire, Kind::Demand, Kind::Profile];

/// Whether `format` is a later version of `kind`'s (`kompetenskoll/profile@2`
/// to this app's `@1`): such a file is not broken, a newer app made it.
fn is_newer(format: &str, kind: Kind) -> bool {
    let newer = || {
        let (name, version) = format.rsplit_once('@')?;
        let (ours_name, ours) = kind.format().rsplit_once('@')?;
        Some(name == ours_name && version.parse::<u32>().ok()? > ours.parse::<u32>().ok()?)
    };
    newer().unwrap_or(false)
}

/// Any of the three kinds, as `detect` names it.
pub fn parse_any(text: &str) -> Result<Document, Vec<Problem>> {
    if text.len() > MAX_DEMAND_BYTES {
        return Err(vec![too_big(text.len(), MAX_DEMAND_BYTES)]);
    }
    match detect(text).map_err(|p| vec![p])? {
        Kind::Questionnaire => parse_questionnaire(text).map(Document::Questionnaire),
        Kind::Demand => parse_demand(text).map(Document::Demand),
        Kind::Profile => parse_profile(text).map(Document::Profile),
    }
}

pub fn parse_questionnaire(text: &str) -> Result<Questionnaire, Vec<Problem>> {
    parse_validated(text, Kind::Questionnaire, Questionnaire::validate)
}

/// A demand file read and validated as every file is, with the hash of
/// its bytes, its identity in profiles.
pub fn parse_demand(text: &str) -> Result<DemandFile, Vec<Problem>> {
    let mut demand = parse_validated(text, Kind::Demand, DemandFile::validate)?;
    demand.sha256 = crate::profile::sha256_hex(text.as_bytes());
    Ok(demand)
}

pub fn parse_profile(text: &str) -> Result<Profile, Vec<Problem>> {
    parse_validated(text, Kind::Profile, Profile::validate)
}

/// The one way every file is read, by the app and the CLI alike: size,
/// then kind and version, then the typed model, then validation. The
/// first problem says what the file is and what is wrong with it.
fn parse_validated<T: DeserializeOwned>(
    text: &str,
    kind: Kind,
    validate: impl FnOnce(&T, &mut Problems),
) -> Result<T, Vec<Problem>> {
    kind_checked(text, kind)?;
    typed(without_bom(text), validate)
}

/// Within `kind`'s size and of that kind, told from the head alone.
fn kind_checked(text: &str, kind: Kind) -> Result<(), Vec<Problem>> {
    if text.len() > kind.max_bytes() {
        return Err(vec![too_big(text.len(), kind.max_bytes())]);
    }
    let text = without_bom(text);
    let found = detect(text).map_err(|p| vec![p])?;
    if found != kind {
        let mut problem = Problem::new(
            "format",
            format!(
                "this is a {} file, not a {} file",
                found.name(),
                kind.name()
            ),
        );
        problem.trouble = Trouble::OtherKind(found);
        return Err(vec![located(text, problem)]);
    }
    Ok(())
}

/// The job titles the app fetches apart from its questionnaire
/// ([`crate::questionnaire::JobTitleList`]): part of the app's own content,
/// not a format anyone opens, so it has no `format` of its own.
pub fn parse_job_titles(text: &str) -> Result<JobTitleList, Vec<Problem>> {
    let max = Kind::Questionnaire.max_bytes();
    if text.len() > max {
        return Err(vec![too_big(text.len(), max)]);
    }
    typed(without_bom(text), JobTitleList::validate)
}

/// The typed model, then its validation, each problem located in `text`.
fn typed<T: DeserializeOwned>(
    text: &str,
    validate: impl FnOnce(&T, &mut Problems),
) -> Result<T, Vec<Problem>> {
    valid(text, read(text)?, validate)
}

/// The typed model alone, a problem located where the text stops fitting.
fn read<T: DeserializeOwned>(text: &str) -> Result<T, Vec<Problem>> {
    serde_json::from_str(text).map_err(|e| vec![deserialize_problem(text, &e)])
}

/// `value` if `validate` finds nothing wrong with it, else the problems,
/// each located in `text`.
fn valid<T>(
    text: &str,
    value: T,
    validate: impl FnOnce(&T, &mut Problems),
) -> Result<T, Vec<Problem>> {
    let mut problems = Problems::default();
    validate(&value, &mut problems);
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(locate_all(text, problems.0))
    }
}

/// Spreadsheet tools often save UTF-8 with a byte-order mark; JSON has none.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn too_big(len: usize, max: usize) -> Problem {
    Problem::whole(
        Trouble::TooLarge { bytes: len, max },
        format!(
            "file is {:.1} MB; the limit is {} MB",
            len as f64 / 1e6,
            max / 1_000_000
        ),
    )
}

/// A value that does not fit, or text that is not JSON, with its position
/// and the JSON path found there. (Tracking the path while deserializing
/// would cost every format's deserializer a second copy in the wasm.)
fn deserialize_problem(text: &str, e: &serde_json::Error) -> Problem {
    let trouble = match e.classify() {
        serde_json::error::Category::Data => Trouble::Value,
        _ => Trouble::Damaged,
    };
    let mut problem = Problem::whole(trouble, clean_message(e));
    if e.line() > 0 {
        problem.position = Some((e.line(), e.column()));
        if !e.is_eof() {
            problem.path = json_path::path_at(text, e.line(), e.column()).unwrap_or_default();
        }
    }
    problem
}

pub use json_path::{locate, path_at};

/// serde_json appends " at line L column C"; the position is kept apart.
fn clean_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// Positions for problems that name a path but no place, in one pass.
fn locate_all(text: &str, mut problems: Vec<Problem>) -> Vec<Problem> {
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    let positions = json_path::locate_all(text, &paths);
    for (problem, position) in problems.iter_mut().zip(positions) {
        if problem.position.is_none() && !problem.path.is_empty() {
            problem.position = position;
        }
    }
    problems
}

fn located(text: &str, problem: Problem) -> Problem {
    locate_all(text, vec![problem])
        .pop()
        .expect("one in, one out")
}
