//! Reading an [`Item`]: every field any kind may have, in one struct, then
//! the kind's own. What serde's derive would refuse is refused: an unknown
//! kind or field, a missing one, and a field of another kind, named.

use std::sync::Arc;

use serde::{Deserialize, Deserializer};

use super::{
    Anchor, CertificatesItem, ChecklistItem, ChecklistOption, EducationItem, EducationOption,
    GoalItem, Item, JobTitle, LanguagesItem, LevelItem, LicencesItem, PreferencesItem,
    TaxonomyRefs, WorkHistoryItem,
};
use crate::flat::{only_own, required};
use crate::text::Text;

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Level,
    Checklist,
    Languages,
    Licences,
    Education,
    Certificates,
    Preferences,
    Goal,
    WorkHistory,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Flat {
    kind: Kind,
    id: String,
    label: Text,
    description: Option<Text>,
    anchors: Option<Vec<Anchor>>,
    refs: Option<TaxonomyRefs>,
    short: Option<bool>,
    options: Option<Vec<ChecklistOption>>,
    languages: Option<Vec<String>>,
    levels: Option<Vec<EducationOption>>,
    titles: Option<Arc<[JobTitle]>>,
}

impl Flat {
    /// Every optional field, by name, and whether it was given.
    fn given(&self) -> [(&'static str, bool); 8] {
        [
            ("description", self.description.is_some()),
            ("anchors", self.anchors.is_some()),
            ("refs", self.refs.is_some()),
            ("short", self.short.is_some()),
            ("options", self.options.is_some()),
            ("languages", self.languages.is_some()),
            ("levels", self.levels.is_some()),
            ("titles", self.titles.is_some()),
        ]
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Item, D::Error> {
        let flat = Flat::deserialize(deserializer)?;
        let own: &'static [&'static str] = match flat.kind {
            Kind::Level => &["description", "anchors", "refs", "short"],
            Kind::Checklist => &["options"],
            Kind::Languages => &["languages"],
            Kind::Education => &["levels"],
            Kind::WorkHistory => &["titles"],
            Kind::Licences | Kind::Certificates | Kind::Preferences | Kind::Goal => &[],
        };
        only_own(&flat.given(), own)?;
        let Flat { id, label, .. } = flat;
        Ok(match flat.kind {
            Kind::Level => Item::Level(LevelItem {
                id,
                label,
                description: flat.description,
                anchors: required(flat.anchors, "anchors")?,
                refs: flat.refs.unwrap_or_default(),
                short: flat.short.unwrap_or_default(),
            }),
            Kind::Checklist => Item::Checklist(ChecklistItem {
                id,
                label,
                options: required(flat.options, "options")?,
            }),
            Kind::Languages => Item::Languages(LanguagesItem {
                id,
                label,
                languages: required(flat.languages, "languages")?,
            }),
            Kind::Education => Item::Education(EducationItem {
                id,
                label,
                levels: required(flat.levels, "levels")?,
            }),
            Kind::WorkHistory => Item::WorkHistory(WorkHistoryItem {
                id,
                label,
                titles: flat.titles.unwrap_or_else(|| Arc::new([])),
            }),
            Kind::Licences => Item::Licences(LicencesItem { id, label }),
            Kind::Certificates => Item::Certificates(CertificatesItem { id, label }),
            Kind::Preferences => Item::Preferences(PreferencesItem { id, label }),
            Kind::Goal => Item::Goal(GoalItem { id, label }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Item, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// Every item of the shipped questionnaire reads back as it is written.
    #[test]
    fn every_shipped_item_reads_back_as_written() {
        let text = include_str!("../../../../static/content/questionnaire.json");
        let q: super::super::Questionnaire = serde_json::from_str(text).unwrap();
        let items: Vec<&Item> = q.items().collect();
        assert!(items.len() > 60);
        for item in items {
            let written = serde_json::to_string(item).unwrap();
            assert_eq!(&read(&written).unwrap(), item, "{written}");
        }
    }

    #[test]
    fn what_the_format_does_not_allow_is_refused_by_name() {
        let level = r#""kind": "level", "id": "2.A.1.a", "label": {"sv": "Läsa"}"#;
        assert!(read(&format!(r#"{{{level}, "anchors": []}}"#)).is_ok());
        let cases = [
            (format!("{{{level}}}"), "missing field `anchors`"),
            (
                format!(r#"{{{level}, "anchors": [], "levels": []}}"#),
                "unknown field `levels`",
            ),
            (
                format!(r#"{{{level}, "anchors": [], "colour": 1}}"#),
                "unknown field `colour`",
            ),
            (
                r#"{"kind": "goal", "id": "g", "label": {}, "short": true}"#.into(),
                "unknown field `short`",
            ),
            (
                r#"{"kind": "dance", "id": "g", "label": {}}"#.into(),
                "unknown variant `dance`",
            ),
            (r#"{"id": "g", "label": {}}"#.into(), "missing field `kind`"),
        ];
        for (json, expected) in cases {
            let refused = read(&json).unwrap_err();
            assert!(refused.contains(expected), "{json}: {refused}");
        }
    }
}
