//! The demand file (`kompetenskoll/demand@1`) a region or municipality
//! publishes: occupations in demand, what they require, and the trainings
//! that close gaps.

use serde::{Deserialize, Serialize};

use crate::scales::{Cefr, FiveYearOutlook, Licence, Opportunities, Recruitment};
use crate::text::Text;

pub(crate) mod excerpt;
mod read;
mod validate;

pub const FORMAT: &str = "kompetenskoll/demand@1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DemandFile {
    /// Always `kompetenskoll/demand@1`.
    pub format: String,
    pub id: String,
    pub title: Text,
    pub publisher: Publisher,
    pub region: Region,
    /// ISO date, `YYYY-MM-DD`.
    pub published: String,
    /// ISO date after which the app warns that the file is out of date.
    pub valid_until: String,
    /// Licence of the file itself, e.g. `CC BY 4.0`.
    pub licence: String,
    /// Attribution lines the app must show with the file's content.
    #[serde(default)]
    pub attribution: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Level-rated elements (O*NET skills and knowledge areas) the
    /// requirements name; their ids match the questionnaire's level items.
    #[serde(default)]
    pub elements: Vec<CatalogueEntry>,
    /// Specific skills (JobTech concept ids) the requirements name.
    #[serde(default)]
    pub skills: Vec<CatalogueEntry>,
    pub occupations: Vec<Occupation>,
    #[serde(default)]
    pub trainings: Vec<Training>,
    /// SHA-256 of the bytes the file was read from, lowercase hex; set by
    /// `json::parse_demand`, empty for a file built in code. Profiles name
    /// their demand file by it.
    #[serde(skip)]
    pub sha256: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub name: Text,
    /// SCB county code (län), two digits; absent for all of Sweden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
    /// SCB municipality code (kommun), four digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// What the source says that the file relies on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogueEntry {
    pub id: String,
    pub label: Text,
    /// The JobTech concept id when `id` is a compact local one: lets answers
    /// move between demand files that number their skills differently.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobtech_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    /// Unique in the file; ties in the ranking break by it.
    pub id: String,
    /// SSYK 2012 unit group, four digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssyk: Option<String>,
    /// JobTech Taxonomy concept id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobtech_id: Option<String>,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Occupation field (yrkesområde), for filtering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<Text>,
    /// Demand outlook per county; empty when unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outlook: Vec<Outlook>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openings: Option<u32>,
    pub requirements: Vec<Requirement>,
    /// What the publisher wants seekers to know, e.g. why levels are missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Demand outlook, shaped after Arbetsförmedlingen's Yrkesbarometer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    /// SCB county code, two digits.
    pub county: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunities: Option<Opportunities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recruitment: Option<Recruitment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub five_year: Option<FiveYearOutlook>,
    /// Ids of the file's `sources` that say so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// The year the assessment is for. A county may have one outlook per
    /// year: the earliest is the current assessment, a later one the outlook
    /// ahead (Arbetsförmedlingen's forecast: 2024, outlook 2026).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Arbetsförmedlingen's shortage index (bristvärde) as published, 1–5:
    /// 5 very little competition for the jobs, 1 very much.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortage_index: Option<u8>,
    /// The source's own words for this assessment, quoted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub says: Option<Text>,
}

// Read through one flat struct (`read.rs`), not serde's derive for a
// tagged enum, which buffers every requirement before reading it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Requirement {
    /// A level-rated element: minimum level 0–4, importance 1–5.
    Level {
        element: String,
        level: f64,
        importance: f64,
    },
    /// A specific skill; essential ones weigh more.
    Skill {
        skill: String,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        essential: bool,
    },
    Language {
        language: String,
        level: Cefr,
    },
    Licence {
        category: Licence,
    },
    /// Minimum education, ISCED 2011 level.
    Education {
        isced: u8,
    },
}

/// What a requirement is about, regardless of how much: how trainings name
/// the requirements they close.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target<'a> {
    Level(&'a str),
    Skill(&'a str),
    Language(&'a str),
    Licence(Licence),
    Education,
}

impl Requirement {
    pub fn target(&self) -> Target<'_> {
        match self {
            Requirement::Level { element, .. } => Target::Level(element),
            Requirement::Skill { skill, .. } => Target::Skill(skill),
            Requirement::Language { language, .. } => Target::Language(language),
            Requirement::Licence { category } => Target::Licence(*category),
            Requirement::Education { .. } => Target::Education,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TrainingForm {
    /// Municipal adult education course.
    Komvux,
    /// Vocational adult education (yrkesvux).
    Yrkesvux,
    /// Arbetsförmedlingen's labour-market training.
    LabourMarketTraining,
    /// Validation of prior learning.
    Validation,
    /// Swedish for immigrants.
    Sfi,
    /// Swedish as a second language.
    SwedishSecondLanguage,
    Folkhogskola,
    Yrkeshogskola,
    /// A driving school or similar licence course.
    LicenceCourse,
    Other,
}

/// What a training closes: the requirement's target and, for levels, the
/// level reached.
// Read as `Requirement` is (`read.rs`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Closes {
    Level { element: String, level: f64 },
    Skill { skill: String },
    Language { language: String, level: Cefr },
    Licence { category: Licence },
    Education { isced: u8 },
}

impl Closes {
    pub fn target(&self) -> Target<'_> {
        match self {
            Closes::Level { element, .. } => Target::Level(element),
            Closes::Skill { skill } => Target::Skill(skill),
            Closes::Language { language, .. } => Target::Language(language),
            Closes::Licence { category } => Target::Licence(*category),
            Closes::Education { .. } => Target::Education,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TrainingCodes {
    /// Skolverket course or subject codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skolverket: Vec<String>,
    /// Susa-navet education id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub susa: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Training {
    pub id: String,
    pub title: Text,
    pub form: TrainingForm,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Typical length in weeks of full-time study.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_weeks: Option<u16>,
    pub closes: Vec<Closes>,
    /// An `https:` (or `http:`) link; other schemes are refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub codes: TrainingCodes,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    s.bytes()
        .enumerate()
        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=days).contains(&d)
}

/// Links the app may open: plain web links only, never `javascript:` or `data:`.
pub fn is_safe_url(s: &str) -> bool {
    let lower = s.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && lower.len() > 8
}

fn is_digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

impl DemandFile {
    /// Whether the file is past its `valid_until` on `today` (`YYYY-MM-DD`).
    pub fn is_expired(&self, today: &str) -> bool {
        // ISO dates order as strings.
        today > self.valid_until.as_str()
    }

    pub fn occupation(&self, id: &str) -> Option<&Occupation> {
        self.occupations.iter().find(|o| o.id == id)
    }

    /// Where the occupation `id` is in the file: what the scorer's
    /// `explain` and `offers` take.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.occupations.iter().position(|o| o.id == id)
    }

    /// Where an SSYK group's occupation is: the first that names the group.
    pub fn group_index(&self, ssyk: &str) -> Option<usize> {
        self.occupations
            .iter()
            .position(|o| o.ssyk.as_deref() == Some(ssyk))
    }

    /// The specific skills an SSYK group's occupation lists, in file order:
    /// the checklist a seeker is shown for a job in that group. The app's
    /// checklist and the QR profile code both rely on this one definition.
    pub fn group_skills<'a>(&'a self, ssyk: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.group_index(ssyk)
            .map(|i| &self.occupations[i])
            .into_iter()
            .flat_map(|o| &o.requirements)
            .filter_map(|r| match r {
                Requirement::Skill { skill, .. } => Some(skill.as_str()),
                _ => None,
            })
    }
}

pub fn describe(target: &Target<'_>) -> String {
    match target {
        Target::Level(e) => format!("element `{e}`"),
        Target::Skill(s) => format!("skill `{s}`"),
        Target::Language(l) => format!("language `{l}`"),
        Target::Licence(c) => format!("licence {c:?}"),
        Target::Education => "education".to_owned(),
    }
}

impl Outlook {
    /// Whether this outlook says there is demand: a shortage, large
    /// opportunities or growth ahead.
    pub fn in_demand(&self) -> bool {
        self.recruitment == Some(Recruitment::Shortage)
            || self.opportunities == Some(Opportunities::Large)
            || self.five_year == Some(FiveYearOutlook::Increase)
    }

    /// An order for sorting by demand: recruitment first, then
    /// opportunities, then the five-year outlook; unknown lowest.
    pub fn rank(&self) -> (u8, u8, u8) {
        (
            self.recruitment.map_or(0, |r| r as u8 + 1),
            self.opportunities.map_or(0, |o| o as u8 + 1),
            self.five_year.map_or(0, |f| f as u8 + 1),
        )
    }
}

impl Occupation {
    /// The current outlook for `county` if the file has one, else the
    /// strongest current one; "current" is the earliest year given.
    pub fn outlook_for(&self, county: Option<&str>) -> Option<&Outlook> {
        let current = |o: &&Outlook| {
            !self
                .outlook
                .iter()
                .any(|x| x.county == o.county && x.year < o.year)
        };
        county
            .and_then(|c| self.outlook.iter().filter(current).find(|o| o.county == c))
            .or_else(|| self.outlook.iter().filter(current).max_by_key(|o| o.rank()))
    }

    /// The outlook ahead of `current`: the same county's latest later year.
    pub fn outlook_ahead(&self, current: &Outlook) -> Option<&Outlook> {
        self.outlook
            .iter()
            .filter(|o| o.county == current.county && o.year > current.year)
            .max_by_key(|o| o.year)
    }
}
