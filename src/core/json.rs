//! Reading the three formats from JSON text: kind detection by `format`,
//! size limits, and errors that carry the JSON path and line/column.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::core::demand::{self, DemandFile};
use crate::core::profile::{self, Profile};
use crate::core::questionnaire::{self, Questionnaire};
use crate::core::validation::{Problem, Problems};

/// The largest files read, per kind. A bigger file is refused unread: a
/// phone would freeze parsing it, and no real file comes near.
pub const MAX_QUESTIONNAIRE_BYTES: usize = 8 << 20;
pub const MAX_DEMAND_BYTES: usize = 40 << 20;
pub const MAX_PROFILE_BYTES: usize = 2 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// Which kind `text` claims to be, from its `format` field.
pub fn detect(text: &str) -> Result<Kind, Problem> {
    let text = without_bom(text);
    #[derive(Deserialize)]
    struct Head {
        format: Option<serde_json::Value>,
    }
    let first = text.trim_start().chars().next();
    if first.is_some_and(|c| c != '{') {
        return Err(Problem::new(
            "",
            "not a Kompetenskoll file: expected a JSON object `{ \"format\": … }`",
        ));
    }
    let head: Head = serde_json::from_str(text).map_err(|e| syntax_problem(text, &e))?;
    let format = match head.format {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return Err(located(text, Problem::new("format", "must be a string"))),
        None => {
            return Err(Problem::new(
                "format",
                "missing: a file names its format, e.g. `kompetenskoll/demand@1`",
            ))
        }
    };
    [Kind::Questionnaire, Kind::Demand, Kind::Profile]
        .into_iter()
        .find(|k| k.format() == format)
        .ok_or_else(|| {
            located(text, Problem::new("format", format!("unknown format `{format}` (expected kompetenskoll/questionnaire@1, demand@1 or profile@1)")))
        })
}

/// The format a file names when it is a later version of `kind`'s
/// (`kompetenskoll/profile@2` to this app's `@1`): such a file is not
/// broken, it was made by a newer app, and the message should say so.
pub fn newer_format(text: &str, kind: Kind) -> Option<String> {
    #[derive(Deserialize)]
    struct Head {
        format: String,
    }
    let head: Head = serde_json::from_str(without_bom(text)).ok()?;
    let (name, version) = head.format.rsplit_once('@')?;
    let (ours_name, ours) = kind.format().rsplit_once('@')?;
    let newer = name == ours_name && version.parse::<u32>().ok()? > ours.parse::<u32>().ok()?;
    newer.then_some(head.format)
}

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

pub fn parse_demand(text: &str) -> Result<DemandFile, Vec<Problem>> {
    let mut demand = parse_validated(text, Kind::Demand, DemandFile::validate)?;
    demand.sha256 = crate::core::profile::sha256_hex(text.as_bytes());
    Ok(demand)
}

pub fn parse_profile(text: &str) -> Result<Profile, Vec<Problem>> {
    parse_validated(text, Kind::Profile, Profile::validate)
}

fn parse_validated<T: DeserializeOwned>(
    text: &str,
    kind: Kind,
    validate: impl FnOnce(&T, &mut Problems),
) -> Result<T, Vec<Problem>> {
    if text.len() > kind.max_bytes() {
        return Err(vec![too_big(text.len(), kind.max_bytes())]);
    }
    let text = without_bom(text);
    let value: T = parse_typed(text)?;
    let mut problems = Problems::default();
    validate(&value, &mut problems);
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(problems.0.into_iter().map(|p| located(text, p)).collect())
    }
}

/// Spreadsheet tools often save UTF-8 with a byte-order mark; JSON has none.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn too_big(len: usize, max: usize) -> Problem {
    Problem::new(
        "",
        format!(
            "file is {:.1} MB; the limit is {} MB",
            len as f64 / 1e6,
            max / 1_000_000
        ),
    )
}

/// Deserializes; a value that does not fit is reported with its JSON path,
/// found from serde_json's line and column by walking the text. (Tracking
/// the path while deserializing would cost every format's deserializer a
/// second copy in the wasm bundle.)
fn parse_typed<T: DeserializeOwned>(text: &str) -> Result<T, Vec<Problem>> {
    serde_json::from_str(text).map_err(|e| {
        let mut problem = Problem::new(String::new(), clean_message(&e));
        if e.line() > 0 {
            problem.position = Some((e.line(), e.column()));
            if !e.is_eof() {
                problem.path = path_at(text, e.line(), e.column()).unwrap_or_default();
            }
        }
        vec![problem]
    })
}

/// The JSON path of the innermost value at 1-based `line` and `column`
/// (a value's span includes its closing bracket and the position just
/// after it, where serde_json reports a value that does not fit).
pub fn path_at(text: &str, line: usize, column: usize) -> Option<String> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let bytes = text.as_bytes();
    // serde_json may report a value that does not fit after it has looked
    // past the separator that follows it: step back to the value's end.
    let mut offset = (line_start + column.saturating_sub(1)).min(text.len());
    while offset > 0
        && (offset >= bytes.len() || matches!(bytes[offset], b' ' | b'\n' | b'\r' | b'\t' | b','))
    {
        offset -= 1;
    }
    let mut path = String::new();
    let mut found = None;
    let start = skip_ws(bytes, 0);
    walk_to(bytes, start, offset, &mut path, &mut found);
    found
}

fn walk_to(b: &[u8], start: usize, offset: usize, path: &mut String, found: &mut Option<String>) {
    let Some(end) = skip_value(b, start) else {
        return;
    };
    if offset < start || offset > end {
        return;
    }
    *found = Some(path.clone());
    let mut i = skip_ws(b, start + 1);
    match b.get(start) {
        Some(b'{') => {
            while b.get(i) == Some(&b'"') {
                let Some(key_end) = skip_string(b, i) else {
                    return;
                };
                let key: String = serde_json::from_slice(&b[i..key_end]).unwrap_or_default();
                i = skip_ws(b, key_end);
                if b.get(i) != Some(&b':') {
                    return;
                }
                let value = skip_ws(b, i + 1);
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&key);
                walk_to(b, value, offset, path, found);
                path.truncate(len);
                let Some(after) = skip_value(b, value) else {
                    return;
                };
                i = skip_ws(b, after);
                if b.get(i) == Some(&b',') {
                    i = skip_ws(b, i + 1);
                }
            }
        }
        Some(b'[') => {
            let mut index = 0;
            while i < b.len() && b[i] != b']' {
                let len = path.len();
                path.push_str(&format!("[{index}]"));
                walk_to(b, i, offset, path, found);
                path.truncate(len);
                let Some(after) = skip_value(b, i) else {
                    return;
                };
                i = skip_ws(b, after);
                if b.get(i) == Some(&b',') {
                    i = skip_ws(b, i + 1);
                }
                index += 1;
            }
        }
        _ => {}
    }
}

fn syntax_problem(_text: &str, e: &serde_json::Error) -> Problem {
    let mut p = Problem::new("", clean_message(e));
    if e.line() > 0 {
        p.position = Some((e.line(), e.column()));
    }
    p
}

/// serde_json appends " at line L column C"; the position is kept apart.
fn clean_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

fn located(text: &str, mut problem: Problem) -> Problem {
    if problem.position.is_none() && !problem.path.is_empty() {
        problem.position = locate(text, &problem.path);
    }
    problem
}

/// The 1-based line and column where the value at `path` starts, for a
/// path such as `occupations[12].requirements[3].level`. Walks the JSON text
/// once without building it; `None` if the path is not there.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let steps = parse_path(path)?;
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    for step in &steps {
        pos = match (step, bytes.get(pos)?) {
            (Step::Key(key), b'{') => find_key(bytes, pos, key)?,
            (Step::Index(index), b'[') => find_index(bytes, pos, *index)?,
            _ => return None,
        };
    }
    let before = &text[..pos];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before.rfind('\n').map_or(pos, |nl| pos - nl - 1) + 1;
    Some((line, column))
}

enum Step {
    Key(String),
    Index(usize),
}

fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            steps.push(Step::Key(key.to_owned()));
        }
        while let Some(stripped) = rest.strip_prefix('[') {
            let end = stripped.find(']')?;
            steps.push(Step::Index(stripped[..end].parse().ok()?));
            rest = &stripped[end + 1..];
        }
    }
    Some(steps)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Index just past the string starting at `i` (which is a `"`).
fn skip_string(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Index just past the value starting at `i`.
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => skip_string(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = skip_string(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            None
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']') && !b[j].is_ascii_whitespace()
            {
                j += 1;
            }
            Some(j)
        }
    }
}

fn find_key(b: &[u8], open: usize, key: &str) -> Option<usize> {
    let mut i = skip_ws(b, open + 1);
    while *b.get(i)? == b'"' {
        let end = skip_string(b, i)?;
        let name: String = serde_json::from_slice(&b[i..end]).ok()?;
        i = skip_ws(b, end);
        if *b.get(i)? != b':' {
            return None;
        }
        let value = skip_ws(b, i + 1);
        if name == key {
            return Some(value);
        }
        i = skip_ws(b, skip_value(b, value)?);
        if *b.get(i)? == b',' {
            i = skip_ws(b, i + 1);
        }
    }
    None
}

fn find_index(b: &[u8], open: usize, index: usize) -> Option<usize> {
    let mut i = skip_ws(b, open + 1);
    for _ in 0..index {
        if *b.get(i)? == b']' {
            return None;
        }
        i = skip_ws(b, skip_value(b, i)?);
        if *b.get(i)? != b',' {
            return None;
        }
        i = skip_ws(b, i + 1);
    }
    (*b.get(i)? != b']').then_some(i)
}
