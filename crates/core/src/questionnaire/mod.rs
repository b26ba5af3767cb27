//! The questionnaire format (`kompetenskoll/questionnaire@1`): sections of
//! items the seeker answers, every label in several languages.

use serde::{Deserialize, Serialize};

use crate::scales::MAX_LEVEL;
use crate::text::Text;
use crate::validation::Problems;

mod parts;
mod read;
pub use parts::JobTitleList;

pub const FORMAT: &str = "kompetenskoll/questionnaire@1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Always `kompetenskoll/questionnaire@1`.
    pub format: String,
    pub id: String,
    pub version: String,
    /// Languages the texts are written in; `sv` must be one of them.
    pub languages: Vec<String>,
    pub title: Text,
    /// The 0–4 scale's general labels (`none` … `expert`), five entries.
    pub scale: Vec<Text>,
    pub sections: Vec<Section>,
    /// Where the content comes from and under which licence.
    #[serde(default)]
    pub attribution: Vec<String>,
    /// An opening: the questionnaire as a first screen needs it, whose
    /// rated items have no description or examples (`Questionnaire::opening_in`).
    /// The app's first screen reads one; it is never the questionnaire
    /// that is asked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub opening: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    pub items: Vec<Item>,
}

/// References into the taxonomies an item stands for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TaxonomyRefs {
    /// O*NET content-model element ids (`2.A.1.a`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub onet: Vec<String>,
    /// JobTech Taxonomy concept ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jobtech: Vec<String>,
    /// ESCO concept URIs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub esco: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Anchor {
    pub level: u8,
    /// What this level looks like in practice: a concrete example.
    pub example: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChecklistOption {
    /// A specific-skill id, as demand files use it (JobTech concept id).
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EducationOption {
    /// ISCED 2011 level, 0–8 (SUN 2020 uses the same levels).
    pub isced: u8,
    pub label: Text,
}

/// A job title a seeker can search for (Swedish, as JobTech names it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct JobTitle {
    /// JobTech occupation-name concept id.
    pub id: String,
    pub label: String,
    /// SSYK 2012 unit group, four digits.
    pub ssyk: String,
}

/// An occupation group's name in one language: what a seeker who does not
/// read Swedish searches her jobs by (the job titles are Swedish only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupName {
    pub ssyk: String,
    pub name: String,
}

/// The occupation groups whose name matches `query` (at most `groups`,
/// ranked as [`search_titles`] ranks titles), each with its job titles,
/// the plainest first (the shortest: "Svetsare" before "Spårsvetsare"), at
/// most `per_group`; a group with no title is left out.
pub fn search_groups<'a>(
    names: &'a [GroupName],
    titles: &'a [JobTitle],
    query: &str,
    groups: usize,
    per_group: usize,
) -> Vec<(&'a GroupName, Vec<&'a JobTitle>)> {
    search(names, |g| &g.name, query, groups)
        .into_iter()
        .filter_map(|group| {
            let mut own: Vec<&JobTitle> = titles.iter().filter(|t| t.ssyk == group.ssyk).collect();
            own.sort_by_key(|t| (t.label.chars().count(), t.label.as_str()));
            own.truncate(per_group);
            (!own.is_empty()).then_some((group, own))
        })
        .collect()
}

/// Job titles matching `query` as the seeker types: every word of the query
/// must occur in the title; case, punctuation and å/ä/ö do not matter.
/// Titles that start with the query come first, then those where every
/// word starts a word of the title, then the rest; at most `limit`.
pub fn search_titles<'a>(titles: &'a [JobTitle], query: &str, limit: usize) -> Vec<&'a JobTitle> {
    search(titles, |t| &t.label, query, limit)
}

/// `items` whose `label` matches `query` as [`search_titles`] matches a
/// title (the occupation groups' names in the seeker's language are
/// searched so too).
pub fn search<'a, T>(
    items: &'a [T],
    label: impl Fn(&T) -> &str,
    query: &str,
    limit: usize,
) -> Vec<&'a T> {
    let words = |s: &str| -> Vec<String> {
        crate::text::fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let query = words(query);
    if query.iter().map(|w| w.chars().count()).sum::<usize>() < 2 {
        return Vec::new();
    }
    // A query word has no separator in it, so it occurs in the folded
    // title only within one of its words: the test needs no split, and
    // only a match is split into words to rank it.
    let mut folded = String::new();
    let mut hits: Vec<(u8, &str, &T)> = items
        .iter()
        .filter_map(|item| {
            let text = label(item);
            folded.clear();
            crate::text::fold_into(text, &mut folded);
            if !query.iter().all(|q| folded.contains(q.as_str())) {
                return None;
            }
            let title: Vec<&str> = folded
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let rank = if query
                .iter()
                .zip(&title)
                .all(|(q, w)| w.starts_with(q.as_str()))
            {
                0
            } else if query
                .iter()
                .all(|q| title.iter().any(|w| w.starts_with(q.as_str())))
            {
                1
            } else {
                2
            };
            Some((rank, text, item))
        })
        .collect();
    hits.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.len().cmp(&b.1.len()))
            .then_with(|| a.1.cmp(b.1))
    });
    hits.into_iter().take(limit).map(|(_, _, t)| t).collect()
}

/// Paths through the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Path {
    /// The fixed short path: the level items marked `short`. Sessions
    /// saved before the adaptive path go on on it.
    Short,
    Full,
    /// The short path the app offers: an opening, then ratings chosen one
    /// at a time from the answers so far (`crate::adaptive`), which
    /// `sections_on` leaves out.
    Adaptive,
}

// Read through one flat struct (`read.rs`) rather than serde's derive for
// a tagged enum, which buffers every item into a generic tree first and
// reads each kind from it: the same refusals, far less code in the wasm.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Item {
    /// A skill or knowledge area rated on the 0–4 scale. Its `id` is the
    /// element id that demand files' level requirements name.
    Level(LevelItem),
    /// Specific skills to tick.
    Checklist(ChecklistItem),
    /// CEFR self-assessment for each listed language (codes such as `sv`).
    Languages(LanguagesItem),
    /// EU driving-licence categories held.
    Licences(LicencesItem),
    /// Highest completed education.
    Education(EducationItem),
    /// Certificates and authorisations, free text with year.
    Certificates(CertificatesItem),
    /// Municipalities, hours and shifts the seeker can work.
    Preferences(PreferencesItem),
    /// The work or study the seeker aims for.
    Goal(GoalItem),
    /// Job titles held (mapped to SSYK), with years. `titles` is the list a
    /// seeker searches; each title's group leads to its skill checklist.
    WorkHistory(WorkHistoryItem),
}

/// A skill or knowledge area rated on the 0–4 scale. Its `id` is the element
/// id that demand files' level requirements name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelItem {
    pub id: String,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// One example per level, 0 to 4.
    pub anchors: Vec<Anchor>,
    #[serde(default)]
    pub refs: TaxonomyRefs,
    /// Also asked on the short path.
    #[serde(default)]
    pub short: bool,
}

/// Specific skills to tick.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: String,
    pub label: Text,
    pub options: Vec<ChecklistOption>,
}

/// CEFR self-assessment for each listed language (codes such as `sv`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LanguagesItem {
    pub id: String,
    pub label: Text,
    pub languages: Vec<String>,
}

/// Highest completed education, one of `levels`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EducationItem {
    pub id: String,
    pub label: Text,
    pub levels: Vec<EducationOption>,
}

/// Job titles held (mapped to SSYK), with years. `titles` is the list a
/// seeker searches; each title's group leads to its skill checklist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WorkHistoryItem {
    pub id: String,
    pub label: Text,
    // Shared, so that handing the item to its question on every render
    // does not copy 2,412 titles.
    #[serde(default, skip_serializing_if = "<[JobTitle]>::is_empty")]
    pub titles: std::sync::Arc<[JobTitle]>,
}

/// An item whose answers the app knows by kind: only an id and a label.
macro_rules! plain_item {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            pub id: String,
            pub label: Text,
        }
    )*};
}

plain_item! {
    /// EU driving-licence categories held.
    LicencesItem,
    /// Certificates and authorisations, free text with year.
    CertificatesItem,
    /// Municipalities, hours and shifts the seeker can work.
    PreferencesItem,
    /// The work or study the seeker aims for.
    GoalItem,
}

impl Item {
    pub fn id(&self) -> &str {
        match self {
            Item::Level(i) => &i.id,
            Item::Checklist(i) => &i.id,
            Item::Languages(i) => &i.id,
            Item::Licences(i) => &i.id,
            Item::Education(i) => &i.id,
            Item::Certificates(i) => &i.id,
            Item::Preferences(i) => &i.id,
            Item::Goal(i) => &i.id,
            Item::WorkHistory(i) => &i.id,
        }
    }

    pub fn label(&self) -> &Text {
        match self {
            Item::Level(i) => &i.label,
            Item::Checklist(i) => &i.label,
            Item::Languages(i) => &i.label,
            Item::Licences(i) => &i.label,
            Item::Education(i) => &i.label,
            Item::Certificates(i) => &i.label,
            Item::Preferences(i) => &i.label,
            Item::Goal(i) => &i.label,
            Item::WorkHistory(i) => &i.label,
        }
    }

    /// Whether the item is asked on `path`: everything is on the full path;
    /// on the fixed short one, the level items marked `short` plus what a
    /// first conversation with a coach needs — goal, education, work
    /// history (and with it the job's skills) and skill checklists. The
    /// adaptive path opens with those and the languages and licences
    /// employers filter on (they weigh in the choice of ratings), and asks
    /// its ratings one at a time apart from the sections. Certificates and
    /// preferences wait for the full path.
    pub fn on_path(&self, path: Path) -> bool {
        match (self, path) {
            (_, Path::Full) => true,
            (Item::Level(level), Path::Short) => level.short,
            (Item::Level(_), Path::Adaptive) => false,
            (
                Item::Goal(_) | Item::Education(_) | Item::WorkHistory(_) | Item::Checklist(_),
                Path::Short | Path::Adaptive,
            ) => true,
            (Item::Languages(_) | Item::Licences(_), Path::Adaptive) => true,
            (
                Item::Languages(_)
                | Item::Licences(_)
                | Item::Certificates(_)
                | Item::Preferences(_),
                Path::Short,
            )
            | (Item::Certificates(_) | Item::Preferences(_), Path::Adaptive) => false,
        }
    }
}

impl Questionnaire {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|i| i.id() == id)
    }

    /// The rated items, in questionnaire order.
    pub fn level_items(&self) -> impl Iterator<Item = &LevelItem> {
        self.items().filter_map(|item| match item {
            Item::Level(level) => Some(level),
            _ => None,
        })
    }

    /// The education level with ISCED code `isced`, as the education item
    /// lists it.
    pub fn education_option(&self, isced: u8) -> Option<&EducationOption> {
        self.items().find_map(|item| match item {
            Item::Education(education) => education.levels.iter().find(|o| o.isced == isced),
            _ => None,
        })
    }

    /// The job titles a seeker searches (those of the first work-history
    /// item; none if there is no such item).
    pub fn job_titles(&self) -> &[JobTitle] {
        self.items()
            .find_map(|item| match item {
                Item::WorkHistory(history) => Some(&*history.titles),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// The sections with at least one item on `path` that `asked` accepts,
    /// with those items.
    pub fn sections_on(
        &self,
        path: Path,
        asked: impl Fn(&Item) -> bool,
    ) -> Vec<(&Section, Vec<&Item>)> {
        self.sections
            .iter()
            .map(|s| {
                (
                    s,
                    s.items
                        .iter()
                        .filter(|i| i.on_path(path) && asked(i))
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, items)| !items.is_empty())
            .collect()
    }

    /// Number of questions on `path` and a rough time in minutes: about 20
    /// seconds for a rating (read the examples, pick one), 15 for a single
    /// choice, half a minute for the goal, a minute for a language grid or a
    /// checklist, a minute and a half for finding jobs and ticking their
    /// skills. The adaptive path counts the most ratings it asks.
    pub fn estimate(&self, path: Path, asked: impl Fn(&Item) -> bool) -> (usize, u32) {
        let (mut count, mut seconds) = (0usize, 0u32);
        if path == Path::Adaptive {
            let ratings = self.level_items().count().min(crate::adaptive::MAX_RATINGS);
            count += ratings;
            seconds += 20 * ratings as u32;
        }
        for item in self.items().filter(|i| i.on_path(path) && asked(i)) {
            count += 1;
            seconds += match item {
                Item::Level(_) => 20,
                Item::Education(_) | Item::Licences(_) => 15,
                Item::Goal(_) => 30,
                Item::Languages(_)
                | Item::Checklist(_)
                | Item::Certificates(_)
                | Item::Preferences(_) => 60,
                Item::WorkHistory(_) => 90,
            };
        }
        (count, seconds.div_ceil(60))
    }

    pub fn validate(&self, problems: &mut Problems) {
        problems.check_format(&self.format, FORMAT);
        if self.id.trim().is_empty() {
            problems.push("id", "is empty");
        }
        if self.version.trim().is_empty() {
            problems.push("version", "is empty");
        }
        if !self
            .languages
            .iter()
            .any(|l| l == crate::text::SOURCE_LANGUAGE)
        {
            problems.push("languages", "must include `sv`");
        }
        problems.check_text(&|| "title".into(), &self.title);
        if self.scale.len() != usize::from(MAX_LEVEL) + 1 {
            problems.push(
                "scale",
                format!(
                    "needs {} labels (levels 0 to {MAX_LEVEL}), found {}",
                    MAX_LEVEL + 1,
                    self.scale.len()
                ),
            );
        }
        for (i, label) in self.scale.iter().enumerate() {
            problems.check_text(&|| format!("scale[{i}]"), label);
        }
        if self.sections.is_empty() {
            problems.push("sections", "has no sections");
        }
        problems.check_unique(
            self.sections
                .iter()
                .enumerate()
                .map(|(i, s)| (i, s.id.as_str())),
            |i| format!("sections[{i}].id"),
            "section",
        );
        problems.check_unique(
            self.sections.iter().enumerate().flat_map(|(i, s)| {
                s.items
                    .iter()
                    .enumerate()
                    .map(move |(j, item)| ((i, j), item.id()))
            }),
            |(i, j)| format!("sections[{i}].items[{j}].id"),
            "item",
        );
        for (i, section) in self.sections.iter().enumerate() {
            problems.check_text(&|| format!("sections[{i}].title"), &section.title);
            if section.items.is_empty() {
                problems.push(format!("sections[{i}].items"), "section has no items");
            }
            for (j, item) in section.items.iter().enumerate() {
                let at = format!("sections[{i}].items[{j}]");
                problems.check_text(&|| format!("{at}.label"), item.label());
                // An opening's rated items carry no examples (see `opening`).
                if !(self.opening && matches!(item, Item::Level(_))) {
                    validate_item(item, &at, problems);
                }
            }
        }
    }
}

fn validate_item(item: &Item, at: &str, problems: &mut Problems) {
    match item {
        Item::Level(LevelItem { anchors, .. }) => {
            let mut levels: Vec<u8> = anchors.iter().map(|a| a.level).collect();
            for (k, anchor) in anchors.iter().enumerate() {
                if anchor.level > MAX_LEVEL {
                    problems.push(
                        format!("{at}.anchors[{k}].level"),
                        format!("{} is outside 0..={MAX_LEVEL}", anchor.level),
                    );
                }
                problems.check_text(&|| format!("{at}.anchors[{k}].example"), &anchor.example);
            }
            levels.sort_unstable();
            levels.dedup();
            if levels != (0..=MAX_LEVEL).collect::<Vec<_>>() {
                problems.push(
                    format!("{at}.anchors"),
                    format!("needs exactly one anchor for each level 0 to {MAX_LEVEL}"),
                );
            }
        }
        Item::Checklist(ChecklistItem { options, .. }) => {
            if options.is_empty() {
                problems.push(format!("{at}.options"), "checklist has no options");
            }
            problems.check_unique(
                options.iter().enumerate().map(|(k, o)| (k, o.id.as_str())),
                |k| format!("{at}.options[{k}].id"),
                "option",
            );
            for (k, o) in options.iter().enumerate() {
                problems.check_text(&|| format!("{at}.options[{k}].label"), &o.label);
            }
        }
        Item::Languages(LanguagesItem { languages, .. }) => {
            if languages.is_empty() {
                problems.push(format!("{at}.languages"), "lists no languages");
            }
        }
        Item::Education(EducationItem { levels, .. }) => {
            for (k, level) in levels.iter().enumerate() {
                if level.isced > crate::scales::MAX_ISCED {
                    problems.push(
                        format!("{at}.levels[{k}].isced"),
                        format!("{} is outside 0..=8", level.isced),
                    );
                }
                problems.check_text(&|| format!("{at}.levels[{k}].label"), &level.label);
            }
        }
        Item::WorkHistory(WorkHistoryItem { titles, .. }) => {
            validate_titles(titles, &format!("{at}.titles"), problems)
        }
        Item::Licences(_) | Item::Certificates(_) | Item::Preferences(_) | Item::Goal(_) => {}
    }
}

/// Job titles: unique ids, a four-digit SSYK group, a label. `at` is the
/// path of the list.
pub(crate) fn validate_titles(titles: &[JobTitle], at: &str, problems: &mut Problems) {
    problems.check_unique(
        titles.iter().enumerate().map(|(k, t)| (k, t.id.as_str())),
        |k| format!("{at}[{k}].id"),
        "job title",
    );
    for (k, title) in titles.iter().enumerate() {
        if title.ssyk.len() != 4 || !title.ssyk.bytes().all(|b| b.is_ascii_digit()) {
            problems.push(
                format!("{at}[{k}].ssyk"),
                format!("`{}` is not a four-digit SSYK 2012 code", title.ssyk),
            );
        }
        if title.label.trim().is_empty() {
            problems.push(format!("{at}[{k}].label"), "is empty");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_found_by_its_name_lists_its_plainest_titles_first() {
        let in_group = |label: &str, ssyk: &str| JobTitle {
            id: label.to_owned(),
            label: label.to_owned(),
            ssyk: ssyk.to_owned(),
        };
        let titles = [
            in_group("Hårdlödare", "7212"),
            in_group("Spårsvetsare", "7212"),
            in_group("Svetsare", "7212"),
            in_group("Undersköterska", "5321"),
        ];
        let names = [
            GroupName {
                ssyk: "7212".into(),
                name: "Welders and flame cutters".into(),
            },
            GroupName {
                ssyk: "9999".into(),
                name: "Welding robots".into(),
            },
        ];
        let found = search_groups(&names, &titles, "weld", 3, 2);
        assert_eq!(found.len(), 1, "a group with no title is left out");
        let (group, shown) = &found[0];
        assert_eq!(group.ssyk, "7212");
        let shown: Vec<&str> = shown.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(shown, ["Svetsare", "Hårdlödare"]);
        assert!(search_groups(&names, &titles, "nurse", 3, 2).is_empty());
    }

    fn title(label: &str) -> JobTitle {
        JobTitle {
            id: label.to_owned(),
            label: label.to_owned(),
            ssyk: "5321".to_owned(),
        }
    }

    #[test]
    fn search_forgives_case_and_missing_swedish_letters_and_ranks_prefixes_first() {
        let titles = [
            title("Specialistundersköterska"),
            title("Undersköterska, hemtjänst"),
            title("Undersköterska"),
            title("Lärare"),
        ];
        let found: Vec<&str> = search_titles(&titles, "UNDERSKOTERSKA", 10)
            .iter()
            .map(|t| t.label.as_str())
            .collect();
        assert_eq!(
            found,
            [
                "Undersköterska",
                "Undersköterska, hemtjänst",
                "Specialistundersköterska"
            ]
        );
        let found: Vec<&str> = search_titles(&titles, "hemtjanst", 10)
            .iter()
            .map(|t| t.label.as_str())
            .collect();
        assert_eq!(found, ["Undersköterska, hemtjänst"]);
        let found: Vec<&str> = search_titles(&titles, "underskot hemtj", 10)
            .iter()
            .map(|t| t.label.as_str())
            .collect();
        assert_eq!(
            found,
            ["Undersköterska, hemtjänst"],
            "every word must match, in any order of punctuation"
        );
        assert!(
            search_titles(&titles, "u", 10).is_empty(),
            "one letter is too little to search on"
        );
        assert_eq!(search_titles(&titles, "sk", 1).len(), 1);
    }
}
