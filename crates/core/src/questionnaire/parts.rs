//! The questionnaire as the app downloads it: one file per language (the
//! Swedish texts, plus that language's) and the job titles in a file of
//! their own, so that a seeker fetches only the language she reads, and the
//! 2,412 titles only once the first question is on screen. The generator
//! cuts the parts from the whole file; the app puts them back together.
//! Every part of one questionnaire has the same items in the same order.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{Item, JobTitle, Questionnaire};
use crate::text::{Text, SOURCE_LANGUAGE};
use crate::validation::{Problem, Problems};

/// The job titles of a questionnaire's work-history item, as a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobTitleList {
    /// Id and version of the questionnaire the titles belong to: a profile
    /// code numbers a title by its place in this list.
    pub questionnaire: String,
    pub version: String,
    pub titles: Arc<[JobTitle]>,
    /// Where the titles come from and under which licence.
    #[serde(default)]
    pub attribution: Vec<String>,
}

impl JobTitleList {
    pub fn validate(&self, problems: &mut Problems) {
        if self.questionnaire.trim().is_empty() {
            problems.push("questionnaire", "is empty");
        }
        if self.version.trim().is_empty() {
            problems.push("version", "is empty");
        }
        super::validate_titles(&self.titles, "titles", problems);
    }
}

impl Questionnaire {
    /// The opening in `lang`: the part in `lang` without what rated items
    /// show on their own screens (description, examples, taxonomy links).
    /// A first screen that asks none of them still counts them, for the
    /// time it takes and the sections on each path; it downloads a quarter
    /// of the bytes.
    pub fn opening_in(&self, lang: &str) -> Questionnaire {
        let mut opening = self.part_in(lang);
        opening.opening = true;
        for item in opening.sections.iter_mut().flat_map(|s| &mut s.items) {
            if let Item::Level(level) = item {
                level.description = None;
                level.anchors.clear();
                level.refs = Default::default();
            }
        }
        opening
    }

    /// The part in `lang`: its texts in Swedish and in `lang` only, and no
    /// job titles.
    pub fn part_in(&self, lang: &str) -> Questionnaire {
        let mut part = self.clone();
        for text in part.texts_mut() {
            text.0
                .retain(|l, _| l.as_str() == SOURCE_LANGUAGE || l.as_str() == lang);
        }
        part.languages
            .retain(|l| l.as_str() == SOURCE_LANGUAGE || l.as_str() == lang);
        for item in part.sections.iter_mut().flat_map(|s| &mut s.items) {
            if let Item::WorkHistory(history) = item {
                history.titles = Arc::from([]);
            }
        }
        part
    }

    /// The job titles as the file the app fetches apart.
    pub fn job_title_list(&self) -> JobTitleList {
        JobTitleList {
            questionnaire: self.id.clone(),
            version: self.version.clone(),
            titles: self.job_titles().into(),
            attribution: self.attribution.clone(),
        }
    }

    /// Adds the texts of `other`, another language's part of the same
    /// questionnaire, in the languages this one lacks; a part that does not
    /// belong with this questionnaire leaves it as it is.
    pub fn add_texts(&mut self, mut other: Questionnaire) -> Result<(), Problem> {
        self.same_questionnaire(&other.id, &other.version)?;
        if self.shape() != other.shape() {
            return Err(Problem::new(
                "sections",
                format!(
                    "the items differ from those of the other language of {} {}",
                    self.id, self.version
                ),
            ));
        }
        let theirs = other.texts_mut();
        let ours = self.texts_mut();
        if ours.len() != theirs.len() {
            return Err(Problem::new(
                "sections",
                "the texts differ from those of the other language",
            ));
        }
        for (our, their) in ours.into_iter().zip(theirs) {
            for (lang, text) in std::mem::take(&mut their.0) {
                our.0.entry(lang).or_insert(text);
            }
        }
        for lang in other.languages {
            if !self.languages.contains(&lang) {
                self.languages.push(lang);
            }
        }
        Ok(())
    }

    /// Puts the job titles fetched apart into the work-history item.
    pub fn add_job_titles(&mut self, list: &JobTitleList) -> Result<(), Problem> {
        self.same_questionnaire(&list.questionnaire, &list.version)?;
        for item in self.sections.iter_mut().flat_map(|s| &mut s.items) {
            if let Item::WorkHistory(history) = item {
                history.titles = list.titles.clone();
            }
        }
        Ok(())
    }

    fn same_questionnaire(&self, id: &str, version: &str) -> Result<(), Problem> {
        if id == self.id && version == self.version {
            return Ok(());
        }
        Err(Problem::new(
            "version",
            format!(
                "belongs to questionnaire {id} {version}, not to {} {}",
                self.id, self.version
            ),
        ))
    }

    /// The ids of every section, item and option, in order: two parts of
    /// one questionnaire have the same.
    fn shape(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for section in &self.sections {
            ids.push(section.id.clone());
            for item in &section.items {
                ids.push(item.id().to_owned());
                match item {
                    Item::Level(level) => {
                        ids.extend(level.anchors.iter().map(|a| a.level.to_string()))
                    }
                    Item::Checklist(list) => ids.extend(list.options.iter().map(|o| o.id.clone())),
                    Item::Education(education) => {
                        ids.extend(education.levels.iter().map(|o| o.isced.to_string()))
                    }
                    _ => {}
                }
            }
        }
        ids
    }

    /// Every text, in one fixed order (the generator adds languages
    /// through it).
    pub fn texts_mut(&mut self) -> Vec<&mut Text> {
        let mut texts = vec![&mut self.title];
        texts.extend(self.scale.iter_mut());
        for section in &mut self.sections {
            texts.push(&mut section.title);
            texts.extend(section.intro.as_mut());
            for item in &mut section.items {
                match item {
                    Item::Level(level) => {
                        texts.push(&mut level.label);
                        texts.extend(level.description.as_mut());
                        texts.extend(level.anchors.iter_mut().map(|a| &mut a.example));
                    }
                    Item::Checklist(list) => {
                        texts.push(&mut list.label);
                        texts.extend(list.options.iter_mut().map(|o| &mut o.label));
                    }
                    Item::Education(education) => {
                        texts.push(&mut education.label);
                        texts.extend(education.levels.iter_mut().map(|o| &mut o.label));
                    }
                    Item::Languages(i) => texts.push(&mut i.label),
                    Item::Licences(i) => texts.push(&mut i.label),
                    Item::Certificates(i) => texts.push(&mut i.label),
                    Item::Preferences(i) => texts.push(&mut i.label),
                    Item::Goal(i) => texts.push(&mut i.label),
                    Item::WorkHistory(i) => texts.push(&mut i.label),
                }
            }
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    use crate::json;

    const EXAMPLE: &str = include_str!("../../../../tests/fixtures/questionnaire-example.json");

    fn whole() -> super::Questionnaire {
        let mut q = json::parse_questionnaire(EXAMPLE).unwrap();
        // Every text in English too, so that the parts have something to cut.
        for text in q.texts_mut() {
            let sv = text.get("sv").text.to_owned();
            text.0.insert("en".into(), format!("{sv} (en)"));
            text.0.insert("ar".into(), format!("{sv} (ar)"));
        }
        q.languages = vec!["sv".into(), "en".into(), "ar".into()];
        let titles = ["Undersköterska, hemtjänst", "Truckförare", "Svetsare"]
            .iter()
            .zip(["5321", "8344", "7212"])
            .map(|(label, ssyk)| super::JobTitle {
                id: format!("t{ssyk}"),
                label: (*label).into(),
                ssyk: ssyk.into(),
            })
            .collect::<Vec<_>>();
        let list = super::JobTitleList {
            questionnaire: q.id.clone(),
            version: q.version.clone(),
            titles: titles.into(),
            attribution: Vec::new(),
        };
        q.add_job_titles(&list).unwrap();
        q
    }

    /// A seeker reading Arabic downloads the Arabic and Swedish texts and
    /// no English, and no job titles until they are asked for.
    #[test]
    fn a_part_carries_swedish_and_its_own_language_only() {
        let part = whole().part_in("ar");
        assert_eq!(part.languages, ["sv", "ar"]);
        let mut part = part;
        for text in part.texts_mut() {
            assert!(text.0.keys().all(|l| l == "sv" || l == "ar"), "{text:?}");
            assert!(text.0.contains_key("ar"));
        }
        assert!(part.job_titles().is_empty());
        let sv = whole().part_in("sv");
        assert_eq!(sv.languages, ["sv"]);
    }

    /// The parts put back together are the whole file: every text in every
    /// language, and the titles in their order (profile codes number them).
    #[test]
    fn the_parts_together_are_the_whole() {
        let whole = whole();
        assert!(!whole.job_titles().is_empty(), "the example has job titles");
        let mut joined = whole.part_in("en");
        joined.add_texts(whole.part_in("ar")).unwrap();
        joined.add_job_titles(&whole.job_title_list()).unwrap();
        joined.languages.sort();
        let mut expected = whole.clone();
        expected.languages.sort();
        assert_eq!(joined, expected);
    }

    /// Parts of another version are refused, and nothing is changed: a
    /// title list of another version would give codes the wrong titles.
    #[test]
    fn a_part_of_another_version_is_refused() {
        let whole = whole();
        let mut older = whole.job_title_list();
        older.version = "0.9".into();
        let mut q = whole.part_in("sv");
        let problem = q.add_job_titles(&older).unwrap_err();
        assert!(problem.message.contains("0.9"), "{}", problem.message);
        assert!(q.job_titles().is_empty());

        let mut other = whole.part_in("en");
        other.sections[0].items.pop();
        let before = q.clone();
        assert!(q.add_texts(other).is_err());
        assert_eq!(q, before);
    }
}
