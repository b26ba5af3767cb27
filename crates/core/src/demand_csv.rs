//! A regional analyst's spreadsheet (CSV) to a demand file. One row per
//! requirement, occupations repeated on each of their rows; see README for
//! the columns. Native only: the CLI's `import-csv` uses it.

use std::collections::HashMap;

use crate::demand::{
    CatalogueEntry, Closes, DemandFile, Occupation, Outlook, Publisher, Region, Requirement,
    Training, TrainingCodes, TrainingForm,
};
use crate::scales::{Cefr, FiveYearOutlook, Licence, Opportunities, Recruitment};
use crate::text::Text;
use crate::validation::{Problem, Problems};

/// What the CSV does not hold: the file's identity, given on the command line.
#[derive(Clone, Debug)]
pub struct Header {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub region: String,
    pub county: Option<String>,
    pub municipality: Option<String>,
    pub published: String,
    pub valid_until: String,
    pub licence: String,
}

/// A problem in the CSV: 1-based line, the column's name, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvProblem {
    /// True when the line is in the trainings CSV, not the requirements one.
    pub in_trainings: bool,
    pub line: u64,
    pub column: String,
    pub message: String,
}

impl std::fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.column.is_empty() {
            write!(f, "line {}: {}", self.line, self.message)
        } else {
            write!(
                f,
                "line {}, column {}: {}",
                self.line, self.column, self.message
            )
        }
    }
}

pub const REQUIREMENT_COLUMNS: [&str; 14] = [
    "occupation_id",
    "ssyk",
    "label_sv",
    "label_en",
    "kind",
    "target",
    "target_label_sv",
    "level",
    "importance",
    "essential",
    "county",
    "opportunities",
    "recruitment",
    "five_year",
];

pub const TRAINING_COLUMNS: [&str; 10] = [
    "training_id",
    "title_sv",
    "title_en",
    "form",
    "duration_weeks",
    "url",
    "closes_kind",
    "closes_target",
    "closes_level",
    "skolverket_codes",
];

struct Row<'a> {
    record: &'a csv::StringRecord,
    columns: &'a HashMap<String, usize>,
    line: u64,
}

impl Row<'_> {
    fn get(&self, name: &str) -> &str {
        self.columns
            .get(name)
            .and_then(|&i| self.record.get(i))
            .map(str::trim)
            .unwrap_or("")
    }

    fn problem(&self, column: &str, message: impl Into<String>) -> CsvProblem {
        CsvProblem {
            in_trainings: false,
            line: self.line,
            column: column.to_owned(),
            message: message.into(),
        }
    }

    fn required(&self, name: &str) -> Result<&str, CsvProblem> {
        let v = self.get(name);
        if v.is_empty() {
            Err(self.problem(name, "is empty"))
        } else {
            Ok(v)
        }
    }

    /// The text in columns `{name}_sv` (required) and `{name}_en` (optional).
    fn text(&self, name: &str) -> Result<Text, CsvProblem> {
        let sv = format!("{name}_sv");
        let mut text = Text::sv(self.required(&sv)?);
        let en = self.get(&format!("{name}_en"));
        if !en.is_empty() {
            text = text.with("en", en);
        }
        Ok(text)
    }

    fn number<T: std::str::FromStr>(&self, name: &str) -> Result<Option<T>, CsvProblem> {
        let v = self.get(name);
        if v.is_empty() {
            return Ok(None);
        }
        // Swedish spreadsheets write decimal commas.
        v.replace(',', ".")
            .parse()
            .map(Some)
            .map_err(|_| self.problem(name, format!("`{v}` is not a number")))
    }

    fn choice<T: serde::de::DeserializeOwned>(
        &self,
        name: &str,
        what: &str,
    ) -> Result<Option<T>, CsvProblem> {
        let v = self.get(name);
        if v.is_empty() {
            return Ok(None);
        }
        serde_json::from_value(serde_json::Value::String(v.to_owned()))
            .map(Some)
            .map_err(|_| self.problem(name, format!("`{v}` is not {what}")))
    }
}

/// A sheet's columns by header name, and its rows with their line numbers.
type Sheet = (HashMap<String, usize>, Vec<(u64, csv::StringRecord)>);

fn read(text: &str, expected: &[&str]) -> Result<Sheet, Vec<CsvProblem>> {
    let delimiter = if text
        .lines()
        .next()
        .is_some_and(|h| h.matches(';').count() > h.matches(',').count())
    {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| {
            vec![CsvProblem {
                in_trainings: false,
                line: 1,
                column: String::new(),
                message: e.to_string(),
            }]
        })?
        .clone();
    let columns: HashMap<String, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.trim().to_owned(), i))
        .collect();
    let unknown: Vec<CsvProblem> = headers
        .iter()
        .filter(|h| !expected.contains(&h.trim()))
        .map(|h| CsvProblem {
            in_trainings: false,
            line: 1,
            column: h.to_owned(),
            message: format!("unknown column (expected some of: {})", expected.join(", ")),
        })
        .collect();
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => rows.push((r.position().map_or(0, |p| p.line()), r)),
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(vec![CsvProblem {
                    in_trainings: false,
                    line,
                    column: String::new(),
                    message: e.to_string(),
                }]);
            }
        }
    }
    Ok((columns, rows))
}

/// Builds and validates a demand file from the requirement CSV and,
/// optionally, the training CSV. Validation problems are traced back to the
/// CSV line they came from.
pub fn import(
    header: &Header,
    requirements_csv: &str,
    trainings_csv: Option<&str>,
) -> Result<DemandFile, Vec<CsvProblem>> {
    let (columns, rows) = read(requirements_csv, &REQUIREMENT_COLUMNS)?;
    let mut problems = Vec::new();
    let mut occupations: Vec<Occupation> = Vec::new();
    let mut occ_index: HashMap<String, usize> = HashMap::new();
    let mut occ_line: Vec<u64> = Vec::new();
    let mut req_line: HashMap<(usize, usize), u64> = HashMap::new();
    let mut elements: Vec<CatalogueEntry> = Vec::new();
    let mut skills: Vec<CatalogueEntry> = Vec::new();
    let mut known_targets: HashMap<(bool, String), ()> = HashMap::new();

    for (line, record) in &rows {
        let row = Row {
            record,
            columns: &columns,
            line: *line,
        };
        let parsed = (|| -> Result<(), CsvProblem> {
            let id = row.required("occupation_id")?;
            let i = match occ_index.get(id) {
                Some(&i) => i,
                None => {
                    let label = row.text("label")?;
                    occupations.push(Occupation {
                        id: id.to_owned(),
                        ssyk: Some(row.get("ssyk").to_owned()).filter(|s| !s.is_empty()),
                        jobtech_id: None,
                        label,
                        description: None,
                        field: None,
                        outlook: Vec::new(),
                        openings: None,
                        requirements: Vec::new(),
                        note: None,
                    });
                    occ_line.push(*line);
                    occ_index.insert(id.to_owned(), occupations.len() - 1);
                    occupations.len() - 1
                }
            };
            let county = row.get("county");
            if !county.is_empty() {
                let outlook = Outlook {
                    county: county.to_owned(),
                    opportunities: row
                        .choice::<Opportunities>("opportunities", "small, medium or large")?,
                    recruitment: row
                        .choice::<Recruitment>("recruitment", "surplus, balance or shortage")?,
                    five_year: row.choice::<FiveYearOutlook>(
                        "five_year",
                        "decrease, unchanged or increase",
                    )?,
                    sources: Vec::new(),
                    year: None,
                    shortage_index: None,
                    says: None,
                };
                if !occupations[i]
                    .outlook
                    .iter()
                    .any(|o| o.county == outlook.county)
                {
                    occupations[i].outlook.push(outlook);
                }
            }
            let kind = row.get("kind");
            if kind.is_empty() {
                return Ok(()); // an outlook-only row
            }
            let target = row.required("target")?;
            let requirement = match kind {
                "level" => {
                    let level = row.number::<f64>("level")?.ok_or_else(|| row.problem("level", "is empty"))?;
                    let importance = row.number::<f64>("importance")?.unwrap_or(3.0);
                    if known_targets.insert((true, target.to_owned()), ()).is_none() {
                        elements.push(CatalogueEntry { id: target.to_owned(), label: Text::sv(non_empty(row.get("target_label_sv"), target)), jobtech_id: None });
                    }
                    Requirement::Level { element: target.to_owned(), level, importance }
                }
                "skill" => {
                    if known_targets.insert((false, target.to_owned()), ()).is_none() {
                        skills.push(CatalogueEntry { id: target.to_owned(), label: Text::sv(non_empty(row.get("target_label_sv"), target)), jobtech_id: None });
                    }
                    let essential = match row.get("essential").to_lowercase().as_str() {
                        "" | "nej" | "no" | "0" | "false" => false,
                        "ja" | "yes" | "1" | "true" => true,
                        other => return Err(row.problem("essential", format!("`{other}` is not ja/nej (yes/no)"))),
                    };
                    Requirement::Skill { skill: target.to_owned(), essential }
                }
                "language" => Requirement::Language {
                    language: target.to_owned(),
                    level: row.choice::<Cefr>("level", "a CEFR level (A1–C2)")?.ok_or_else(|| row.problem("level", "is empty"))?,
                },
                "licence" => Requirement::Licence {
                    category: serde_json::from_value::<Licence>(serde_json::Value::String(target.to_owned()))
                        .map_err(|_| row.problem("target", format!("`{target}` is not an EU licence category (AM, A1, …, B, BE, C, CE, D, DE)")))?,
                },
                "education" => Requirement::Education {
                    isced: target.parse().map_err(|_| row.problem("target", format!("`{target}` is not an ISCED level 0–8")))?,
                },
                other => return Err(row.problem("kind", format!("`{other}` is not level, skill, language, licence or education"))),
            };
            occupations[i].requirements.push(requirement);
            req_line.insert((i, occupations[i].requirements.len() - 1), *line);
            Ok(())
        })();
        if let Err(p) = parsed {
            problems.push(p);
        }
    }

    let mut trainings = Vec::new();
    let mut training_line: Vec<Vec<u64>> = Vec::new();
    if let Some(text) = trainings_csv {
        let in_trainings = |mut ps: Vec<CsvProblem>| {
            for p in &mut ps {
                p.in_trainings = true;
            }
            ps
        };
        let (columns, rows) = read(text, &TRAINING_COLUMNS).map_err(in_trainings)?;
        let mut index: HashMap<String, usize> = HashMap::new();
        for (line, record) in &rows {
            let row = Row {
                record,
                columns: &columns,
                line: *line,
            };
            let parsed = (|| -> Result<(), CsvProblem> {
                let id = row.required("training_id")?;
                let i = match index.get(id) {
                    Some(&i) => i,
                    None => {
                        let title = row.text("title")?;
                        let codes = row
                            .get("skolverket_codes")
                            .split([' ', '|'])
                            .filter(|c| !c.is_empty())
                            .map(str::to_owned)
                            .collect();
                        trainings.push(Training {
                            id: id.to_owned(),
                            title,
                            form: row.choice::<TrainingForm>("form", "a training form (komvux, yrkesvux, labour_market_training, validation, sfi, …)")?.unwrap_or(TrainingForm::Other),
                            description: None,
                            duration_weeks: row.number("duration_weeks")?,
                            closes: Vec::new(),
                            url: Some(row.get("url").to_owned()).filter(|u| !u.is_empty()),
                            codes: TrainingCodes { skolverket: codes, susa: None },
                        });
                        training_line.push(Vec::new());
                        index.insert(id.to_owned(), trainings.len() - 1);
                        trainings.len() - 1
                    }
                };
                let target = row.required("closes_target")?.to_owned();
                let closes = match row.required("closes_kind")? {
                    "level" => Closes::Level {
                        element: target,
                        level: row
                            .number("closes_level")?
                            .ok_or_else(|| row.problem("closes_level", "is empty"))?,
                    },
                    "skill" => Closes::Skill { skill: target },
                    "language" => Closes::Language {
                        language: target,
                        level: row
                            .choice("closes_level", "a CEFR level (A1–C2)")?
                            .ok_or_else(|| row.problem("closes_level", "is empty"))?,
                    },
                    "licence" => Closes::Licence {
                        category: serde_json::from_value(serde_json::Value::String(target.clone()))
                            .map_err(|_| {
                                row.problem(
                                    "closes_target",
                                    format!("`{target}` is not an EU licence category"),
                                )
                            })?,
                    },
                    "education" => Closes::Education {
                        isced: target.parse().map_err(|_| {
                            row.problem(
                                "closes_target",
                                format!("`{target}` is not an ISCED level 0–8"),
                            )
                        })?,
                    },
                    other => {
                        return Err(row.problem(
                            "closes_kind",
                            format!(
                                "`{other}` is not level, skill, language, licence or education"
                            ),
                        ))
                    }
                };
                trainings[i].closes.push(closes);
                training_line[i].push(*line);
                Ok(())
            })();
            if let Err(mut p) = parsed {
                p.in_trainings = true;
                problems.push(p);
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let demand = DemandFile {
        format: crate::demand::FORMAT.to_owned(),
        id: header.id.clone(),
        title: Text::sv(&header.title),
        publisher: Publisher {
            name: header.publisher.clone(),
            url: None,
        },
        region: Region {
            name: Text::sv(&header.region),
            county: header.county.clone(),
            municipality: header.municipality.clone(),
        },
        published: header.published.clone(),
        valid_until: header.valid_until.clone(),
        licence: header.licence.clone(),
        attribution: Vec::new(),
        sources: Vec::new(),
        elements,
        skills,
        occupations,
        trainings,
        sha256: String::new(),
    };
    let mut found = Problems::default();
    demand.validate(&mut found);
    if found.is_empty() {
        return Ok(demand);
    }
    Err(found
        .0
        .into_iter()
        .map(|p| trace(p, &occ_line, &req_line, &training_line))
        .collect())
}

fn non_empty<'a>(v: &'a str, fallback: &'a str) -> &'a str {
    if v.is_empty() {
        fallback
    } else {
        v
    }
}

/// The CSV line a validation problem's JSON path comes from.
fn trace(
    p: Problem,
    occ_line: &[u64],
    req_line: &HashMap<(usize, usize), u64>,
    training_line: &[Vec<u64>],
) -> CsvProblem {
    let index = |prefix: &str| -> Option<usize> {
        p.path.strip_prefix(prefix)?.split(']').next()?.parse().ok()
    };
    let sub = |marker: &str| -> Option<usize> {
        p.path.split(marker).nth(1)?.split(']').next()?.parse().ok()
    };
    let line = if let Some(i) = index("occupations[") {
        sub(".requirements[")
            .and_then(|j| req_line.get(&(i, j)).copied())
            .or(occ_line.get(i).copied())
    } else if let Some(i) = index("trainings[") {
        let lines = training_line.get(i);
        sub(".closes[")
            .and_then(|j| lines?.get(j).copied())
            .or(lines.and_then(|l| l.first().copied()))
    } else {
        None
    };
    CsvProblem {
        in_trainings: p.path.starts_with("trainings["),
        line: line.unwrap_or(0),
        column: String::new(),
        message: format!("{}: {}", p.path, p.message),
    }
}
