//! An employer's need, made by a coach at the matching centre (#18): an
//! occupation of the demand file in use, adjusted (licences, Swedish,
//! education, required levels), with the employer and the place named.
//! It is a small `kompetenskoll/demand@1` file: the CLI validates it, a
//! region can publish it, and the centre ranks its seekers against it as
//! against any file. The source's elements, skills, trainings, sources,
//! licence and attribution come along, so routes and credits hold.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::demand::{DemandFile, Requirement};
use crate::scales::{Cefr, Licence};
use crate::text::Text;

/// How long a need file is valid: an employer's need is short-lived.
pub const VALID_DAYS: i64 = 92;

/// What the coach changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedEdit {
    /// The employer's name (the file's publisher).
    pub employer: String,
    /// Where the work is, as the coach names it (the file's region).
    pub place: String,
    /// The licences required, in place of the occupation's.
    pub licences: Vec<Licence>,
    /// The Swedish required, in place of the occupation's; None: none.
    pub swedish: Option<Cefr>,
    /// The education required (ISCED), in place of the occupation's.
    pub education: Option<u8>,
    /// Required levels set anew, by element; 0 takes the element out.
    #[serde(default)]
    pub levels: BTreeMap<String, f64>,
    /// Skills asked anew, by skill id.
    #[serde(default)]
    pub skills: BTreeMap<String, SkillAsked>,
}

/// How an employer asks for one of the occupation's skills.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillAsked {
    /// Essential: it weighs as a requirement that matters.
    Essential,
    /// Wanted, not essential.
    Wanted,
    /// Not asked: taken out of the need.
    Out,
}

/// A need made: the file, its text as saved, and the edit it was made with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedFile {
    pub file: DemandFile,
    pub text: String,
    pub edit: NeedEdit,
}

impl NeedFile {
    /// Occupation `at` of `source`, as it is (`edit` None) or edited.
    pub fn make(source: &DemandFile, at: usize, edit: Option<NeedEdit>, today: &str) -> NeedFile {
        let edit = edit.unwrap_or_else(|| NeedEdit::of(&source.occupations[at]));
        let file = need_file(source, at, &edit, today);
        let text = serde_json::to_string_pretty(&file).expect("a demand file serialises");
        NeedFile { file, text, edit }
    }
}

impl NeedEdit {
    /// The occupation as it is: its licences, Swedish and education.
    pub fn of(occupation: &crate::demand::Occupation) -> NeedEdit {
        let mut edit = NeedEdit::default();
        for r in &occupation.requirements {
            match r {
                Requirement::Licence { category } => edit.licences.push(*category),
                Requirement::Language { language, level } if language == "sv" => {
                    edit.swedish = Some(*level)
                }
                Requirement::Education { isced } => edit.education = Some(*isced),
                _ => {}
            }
        }
        edit
    }
}

impl NeedEdit {
    /// A need file's occupation as it is, with the file's employer
    /// (publisher) and place (region) as its own.
    pub fn of_need_file(file: &DemandFile, at: usize) -> NeedEdit {
        NeedEdit {
            employer: file.publisher.name.clone(),
            place: file.region.name.get("sv").text.to_owned(),
            ..NeedEdit::of(&file.occupations[at])
        }
    }
}

/// The need file: occupation `at` of `source` with `edit` applied, made on
/// `today` (`YYYY-MM-DD`).
pub fn need_file(source: &DemandFile, at: usize, edit: &NeedEdit, today: &str) -> DemandFile {
    let mut need = source.excerpt(&[at]);
    let occupation = &mut need.occupations[0];
    let mut requirements: Vec<Requirement> = occupation
        .requirements
        .iter()
        .filter(|r| {
            !matches!(
                r,
                Requirement::Licence { .. } | Requirement::Education { .. }
            ) && !matches!(r, Requirement::Language { language, .. } if language == "sv")
        })
        .filter_map(|r| match r {
            Requirement::Level {
                element,
                importance,
                ..
            } => match edit.levels.get(element) {
                Some(&level) if level <= 0.0 => None,
                Some(&level) => Some(Requirement::Level {
                    element: element.clone(),
                    level: level.min(4.0),
                    importance: *importance,
                }),
                None => Some(r.clone()),
            },
            Requirement::Skill { skill, essential } => match edit.skills.get(skill) {
                Some(SkillAsked::Out) => None,
                asked => Some(Requirement::Skill {
                    skill: skill.clone(),
                    essential: asked.map_or(*essential, |a| *a == SkillAsked::Essential),
                }),
            },
            _ => Some(r.clone()),
        })
        .collect();
    if let Some(isced) = edit.education {
        requirements.push(Requirement::Education { isced });
    }
    if let Some(level) = edit.swedish {
        requirements.push(Requirement::Language {
            language: "sv".to_owned(),
            level,
        });
    }
    for &category in &edit.licences {
        requirements.push(Requirement::Licence { category });
    }
    // A training closes only what the need still asks (a level taken out
    // is closed by none): a file's training must close a requirement.
    need.trainings.retain_mut(|t| {
        t.closes
            .retain(|c| requirements.iter().any(|r| r.target() == c.target()));
        !t.closes.is_empty()
    });
    let occupation = &mut need.occupations[0];
    occupation.requirements = requirements;
    let occupation_id = occupation.id.clone();
    let label = occupation.label.get("sv").text.to_owned();
    let employer = edit.employer.trim();
    let place = edit.place.trim();
    let named = [label.as_str(), employer, place]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    // Who and where first, then the occupation's own id: short, and the
    // file's name says whose need it is.
    let who = [employer, place, occupation_id.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    need.id = format!("behov-{}-{today}", slug(&who));
    need.title = Text::sv(&named);
    if !employer.is_empty() {
        need.publisher.name = employer.to_owned();
        need.publisher.url = None;
    }
    if !place.is_empty() {
        need.region.name = Text::sv(place);
        need.region.county = None;
        // A place that is a municipality is matched against where seekers
        // want to work (shortlist::Wants).
        need.region.municipality = crate::municipalities::code_of(place).map(str::to_owned);
    }
    need.published = today.to_owned();
    need.valid_until =
        crate::dates::days_after(today, VALID_DAYS).unwrap_or_else(|| today.to_owned());
    // The need's requirements are the coach's, not the source's outlook.
    need.occupations[0].outlook.clear();
    need.occupations[0].openings = None;
    need.sha256.clear();
    need
}

/// Lowercase ASCII letters and digits, the rest a single dash: a file id.
fn slug(text: &str) -> String {
    let folded = crate::text::fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A level raised and one taken out (which trainings of the file
    /// closed): the need reads back as a valid file with both.
    #[test]
    fn a_need_with_a_level_taken_out_is_a_valid_file() {
        let text = include_str!("../../../static/content/demand-sverige.json");
        let source = crate::json::parse_demand(text).expect("the national file");
        let at = source.index_of("5321").expect("assistant nurses");
        let occupation = &source.occupations[at];
        let mut edit = NeedEdit::of(occupation);
        // The two first levels that matter, whatever trainings close them.
        let closed: Vec<&str> = occupation
            .requirements
            .iter()
            .filter(|r| crate::scoring::matters(r))
            .filter_map(|r| match r {
                Requirement::Level { element, .. }
                    if source
                        .trainings
                        .iter()
                        .any(|t| t.closes.iter().any(|c| c.target() == r.target())) =>
                {
                    Some(element.as_str())
                }
                _ => None,
            })
            .take(2)
            .collect();
        assert_eq!(closed.len(), 2, "levels a training closes");
        edit.levels.insert(closed[0].to_owned(), 4.0);
        edit.levels.insert(closed[1].to_owned(), 0.0);
        let made = NeedFile::make(&source, at, Some(edit), "2026-12-07");
        let read = crate::json::parse_demand(&made.text).expect("a valid demand file");
        let levels: Vec<(&str, f64)> = read.occupations[0]
            .requirements
            .iter()
            .filter_map(|r| match r {
                Requirement::Level { element, level, .. } => Some((element.as_str(), *level)),
                _ => None,
            })
            .collect();
        assert!(levels.contains(&(closed[0], 4.0)));
        assert!(levels.iter().all(|(e, _)| *e != closed[1]));
    }

    /// A need placed in a municipality names it by SCB code, and a seeker
    /// who wants to work there is told apart from one who wants another.
    #[test]
    fn a_need_in_saffle_knows_who_wants_to_work_in_saffle() {
        let text = include_str!("../../../static/content/demand-sverige.json");
        let source = crate::json::parse_demand(text).expect("the national file");
        let at = source.index_of("5321").expect("assistant nurses");
        let mut edit = NeedEdit::of(&source.occupations[at]);
        edit.place = "Säffle".into();
        let made = NeedFile::make(&source, at, Some(edit), "2026-12-07");
        let read = crate::json::parse_demand(&made.text).expect("a valid demand file");
        assert_eq!(read.region.municipality.as_deref(), Some("1785"));
        let wants_in = |code: &str| {
            let mut answers = crate::answers::Answers::default();
            answers.preferences.municipalities = vec![code.to_owned()];
            answers
        };
        let (here, elsewhere) = (wants_in("1785"), wants_in("1780"));
        let mut holder = crate::held::Holder::default();
        holder.answer(
            crate::held::Ask::Seekers {
                generation: 0,
                first: 0,
                seekers: vec![here, elsewhere],
            },
            None,
        );
        let reply = holder.answer(
            crate::held::Ask::Shortlist {
                occupation: "5321".into(),
                seekers: crate::held::SeekersSent {
                    generation: 0,
                    count: 2,
                },
                rows: crate::shortlist::Rows::default(),
                municipality: None,
                need: Some(made.text.clone()),
            },
            None,
        );
        let crate::held::Reply::Shortlist(Some(list)) = reply else {
            panic!("a shortlist");
        };
        let wants = |seeker: usize| {
            list.candidates
                .iter()
                .find(|c| c.seeker == seeker)
                .map(|c| c.wants.in_her_municipality)
        };
        assert_eq!(wants(0), Some(Some(true)));
        assert_eq!(wants(1), Some(Some(false)));
        // A place that is no municipality names none.
        let mut edit = NeedEdit::of(&source.occupations[at]);
        edit.place = "Hemtjänsten norr".into();
        let made = NeedFile::make(&source, at, Some(edit), "2026-12-07");
        let read = crate::json::parse_demand(&made.text).expect("a valid demand file");
        assert_eq!(read.region.municipality, None);
    }

    /// A skill made essential and one taken out: the need asks the one as
    /// essential and not the other, and reads back as a valid file.
    #[test]
    fn a_need_asks_its_skills_as_the_employer_does() {
        let text = include_str!("../../../static/content/demand-sverige.json");
        let source = crate::json::parse_demand(text).expect("the national file");
        let at = source.index_of("5321").expect("assistant nurses");
        let skills: Vec<&str> = source.occupations[at]
            .requirements
            .iter()
            .filter_map(|r| match r {
                Requirement::Skill { skill, .. } => Some(skill.as_str()),
                _ => None,
            })
            .take(2)
            .collect();
        let mut edit = NeedEdit::of(&source.occupations[at]);
        edit.skills
            .insert(skills[0].to_owned(), SkillAsked::Essential);
        edit.skills.insert(skills[1].to_owned(), SkillAsked::Out);
        let made = NeedFile::make(&source, at, Some(edit), "2026-12-07");
        let read = crate::json::parse_demand(&made.text).expect("a valid demand file");
        let asked = |id: &str| {
            read.occupations[0]
                .requirements
                .iter()
                .find_map(|r| match r {
                    Requirement::Skill { skill, essential } if skill == id => Some(*essential),
                    _ => None,
                })
        };
        assert_eq!(asked(skills[0]), Some(true));
        assert_eq!(asked(skills[1]), None);
    }

    #[test]
    fn a_slug_is_a_file_id() {
        assert_eq!(
            slug("Undersköterskor, hemtjänst, Säffle kommun"),
            "underskoterskor-hemtjanst-saffle-kommun"
        );
    }
}
