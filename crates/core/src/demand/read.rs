//! Reading a [`Requirement`] and what a training [`Closes`]: every field any
//! kind may have, in one struct, then the kind's own. serde's derive for a
//! tagged enum buffers each of the file's tens of thousands of requirements
//! into a generic tree before reading it again; this reads each once. What
//! the derive refused is refused: an unknown kind or field, a missing one,
//! and a field of another kind, named.

use std::fmt;

use serde::de::{self, Deserializer, Error, Visitor};
use serde::Deserialize;

use super::{Closes, Requirement};
use crate::flat::{only_own, required};
use crate::scales::{Cefr, Licence};

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Level,
    Skill,
    Language,
    Licence,
    Education,
}

/// `level`: a number for a rated element, a CEFR level for a language.
enum LevelField {
    Number(f64),
    Cefr(Cefr),
}

impl<'de> Deserialize<'de> for LevelField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Either;
        impl<'de> Visitor<'de> for Either {
            type Value = LevelField;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number 0–4 or a CEFR level such as B1")
            }
            fn visit_f64<E: Error>(self, v: f64) -> Result<LevelField, E> {
                Ok(LevelField::Number(v))
            }
            fn visit_u64<E: Error>(self, v: u64) -> Result<LevelField, E> {
                Ok(LevelField::Number(v as f64))
            }
            fn visit_i64<E: Error>(self, v: i64) -> Result<LevelField, E> {
                Ok(LevelField::Number(v as f64))
            }
            fn visit_str<E: Error>(self, v: &str) -> Result<LevelField, E> {
                Cefr::deserialize(de::value::StrDeserializer::<E>::new(v))
                    .map(LevelField::Cefr)
                    .map_err(|_: E| E::invalid_type(de::Unexpected::Str(v), &self))
            }
        }
        deserializer.deserialize_any(Either)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Flat {
    kind: Kind,
    element: Option<String>,
    level: Option<LevelField>,
    importance: Option<f64>,
    skill: Option<String>,
    essential: Option<bool>,
    language: Option<String>,
    category: Option<Licence>,
    isced: Option<u8>,
}

impl Flat {
    /// The flat struct, if every field given is one of the kind's `own`.
    fn checked<E: Error>(self, own: &'static [&'static str]) -> Result<Flat, E> {
        let given = [
            ("element", self.element.is_some()),
            ("level", self.level.is_some()),
            ("importance", self.importance.is_some()),
            ("skill", self.skill.is_some()),
            ("essential", self.essential.is_some()),
            ("language", self.language.is_some()),
            ("category", self.category.is_some()),
            ("isced", self.isced.is_some()),
        ];
        only_own(&given, own)?;
        Ok(self)
    }
}

fn number<E: Error>(level: Option<LevelField>) -> Result<f64, E> {
    match required(level, "level")? {
        LevelField::Number(n) => Ok(n),
        LevelField::Cefr(_) => Err(E::invalid_type(
            de::Unexpected::Other("a CEFR level"),
            &"a number 0–4",
        )),
    }
}

fn cefr<E: Error>(level: Option<LevelField>) -> Result<Cefr, E> {
    match required(level, "level")? {
        LevelField::Cefr(c) => Ok(c),
        LevelField::Number(n) => Err(E::invalid_type(
            de::Unexpected::Float(n),
            &"a CEFR level such as B1",
        )),
    }
}

impl<'de> Deserialize<'de> for Requirement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Requirement, D::Error> {
        let flat = Flat::deserialize(deserializer)?;
        Ok(match flat.kind {
            Kind::Level => {
                let f = flat.checked(&["element", "level", "importance"])?;
                Requirement::Level {
                    element: required(f.element, "element")?,
                    level: number(f.level)?,
                    importance: required(f.importance, "importance")?,
                }
            }
            Kind::Skill => {
                let f = flat.checked(&["skill", "essential"])?;
                Requirement::Skill {
                    skill: required(f.skill, "skill")?,
                    essential: f.essential.unwrap_or_default(),
                }
            }
            Kind::Language => {
                let f = flat.checked(&["language", "level"])?;
                Requirement::Language {
                    language: required(f.language, "language")?,
                    level: cefr(f.level)?,
                }
            }
            Kind::Licence => {
                let f = flat.checked(&["category"])?;
                Requirement::Licence {
                    category: required(f.category, "category")?,
                }
            }
            Kind::Education => {
                let f = flat.checked(&["isced"])?;
                Requirement::Education {
                    isced: required(f.isced, "isced")?,
                }
            }
        })
    }
}

impl<'de> Deserialize<'de> for Closes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Closes, D::Error> {
        let flat = Flat::deserialize(deserializer)?;
        Ok(match flat.kind {
            Kind::Level => {
                let f = flat.checked(&["element", "level"])?;
                Closes::Level {
                    element: required(f.element, "element")?,
                    level: number(f.level)?,
                }
            }
            Kind::Skill => {
                let f = flat.checked(&["skill"])?;
                Closes::Skill {
                    skill: required(f.skill, "skill")?,
                }
            }
            Kind::Language => {
                let f = flat.checked(&["language", "level"])?;
                Closes::Language {
                    language: required(f.language, "language")?,
                    level: cefr(f.level)?,
                }
            }
            Kind::Licence => {
                let f = flat.checked(&["category"])?;
                Closes::Licence {
                    category: required(f.category, "category")?,
                }
            }
            Kind::Education => {
                let f = flat.checked(&["isced"])?;
                Closes::Education {
                    isced: required(f.isced, "isced")?,
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// Every requirement and every training's `closes` of the shipped
    /// national file and the example file reads back as it is written.
    #[test]
    fn the_shipped_files_read_back_as_written() {
        let files = [
            include_str!("../../../../static/content/demand-sverige.json"),
            include_str!("../../../../tests/fixtures/demand-example.json"),
        ];
        let files: Vec<_> = files
            .iter()
            .map(|t| crate::json::parse_demand(t).unwrap())
            .collect();
        let mut kinds = std::collections::BTreeSet::new();
        for r in files
            .iter()
            .flat_map(|d| &d.occupations)
            .flat_map(|o| &o.requirements)
        {
            let written = serde_json::to_string(r).unwrap();
            assert_eq!(&read::<Requirement>(&written).unwrap(), r, "{written}");
            kinds.insert(written.split('"').nth(3).unwrap().to_owned());
        }
        assert_eq!(kinds.len(), 5, "{kinds:?}");
        for c in files
            .iter()
            .flat_map(|d| &d.trainings)
            .flat_map(|t| &t.closes)
        {
            let written = serde_json::to_string(c).unwrap();
            assert_eq!(&read::<Closes>(&written).unwrap(), c, "{written}");
        }
    }

    #[test]
    fn what_the_format_does_not_allow_is_refused_by_name() {
        let ok: Requirement =
            read(r#"{"kind": "language", "language": "sv", "level": "B1"}"#).unwrap();
        assert_eq!(
            ok,
            Requirement::Language {
                language: "sv".into(),
                level: Cefr::B1
            }
        );
        let cases = [
            (
                r#"{"kind": "level", "element": "e", "level": 2}"#,
                "missing field `importance`",
            ),
            (
                r#"{"kind": "level", "element": "e", "level": "B1", "importance": 3}"#,
                "expected a number 0–4",
            ),
            (
                r#"{"kind": "language", "language": "sv", "level": 3}"#,
                "expected a CEFR level",
            ),
            (
                r#"{"kind": "language", "language": "sv", "level": "B7"}"#,
                r#"invalid type: string "B7""#,
            ),
            (
                r#"{"kind": "skill", "skill": "s1", "isced": 3}"#,
                "unknown field `isced`",
            ),
            (
                r#"{"kind": "skill", "skill": "s1", "colour": 3}"#,
                "unknown field `colour`",
            ),
            (r#"{"kind": "dance"}"#, "unknown variant `dance`"),
            (r#"{"skill": "s1"}"#, "missing field `kind`"),
        ];
        for (json, expected) in cases {
            let refused = read::<Requirement>(json).unwrap_err();
            assert!(refused.contains(expected), "{json}: {refused}");
        }
        let refused =
            read::<Closes>(r#"{"kind": "skill", "skill": "s1", "essential": true}"#).unwrap_err();
        assert!(refused.contains("unknown field `essential`"), "{refused}");
    }
}
