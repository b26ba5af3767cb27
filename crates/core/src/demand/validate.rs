//! What makes a demand file one the app can use: every problem with the
//! path to it, so the publisher is told each one, not the first.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::scales::{MAX_ISCED, MAX_LEVEL};
use crate::validation::Problems;

impl DemandFile {
    pub fn validate(&self, problems: &mut Problems) {
        problems.check_format(&self.format, FORMAT);
        if self.id.trim().is_empty() {
            problems.push("id", "is empty");
        }
        problems.check_text(&|| "title".into(), &self.title);
        if self.publisher.name.trim().is_empty() {
            problems.push("publisher.name", "is empty");
        }
        self.check_url("publisher.url", self.publisher.url.as_deref(), problems);
        problems.check_text(&|| "region.name".into(), &self.region.name);
        if let Some(c) = self.region.county.as_deref().filter(|c| !is_digits(c, 2)) {
            problems.push(
                "region.county",
                format!("`{c}` is not a two-digit SCB county code"),
            );
        }
        if let Some(m) = self
            .region
            .municipality
            .as_deref()
            .filter(|m| !is_digits(m, 4))
        {
            problems.push(
                "region.municipality",
                format!("`{m}` is not a four-digit SCB municipality code"),
            );
        }
        for (field, value) in [
            ("published", &self.published),
            ("valid_until", &self.valid_until),
        ] {
            if !is_iso_date(value) {
                problems.push(field, format!("`{value}` is not a date (YYYY-MM-DD)"));
            }
        }
        if is_iso_date(&self.published)
            && is_iso_date(&self.valid_until)
            && self.valid_until < self.published
        {
            problems.push(
                "valid_until",
                format!(
                    "{} is before published ({})",
                    self.valid_until, self.published
                ),
            );
        }
        if self.licence.trim().is_empty() {
            problems.push("licence", "is empty");
        }
        if self.occupations.is_empty() {
            problems.push("occupations", "has no occupations");
        }

        problems.check_unique(
            self.sources
                .iter()
                .enumerate()
                .map(|(i, s)| (i, s.id.as_str())),
            |i| format!("sources[{i}].id"),
            "source",
        );
        problems.check_unique(
            self.elements
                .iter()
                .enumerate()
                .map(|(i, e)| (i, e.id.as_str())),
            |i| format!("elements[{i}].id"),
            "element",
        );
        problems.check_unique(
            self.skills
                .iter()
                .enumerate()
                .map(|(i, s)| (i, s.id.as_str())),
            |i| format!("skills[{i}].id"),
            "skill",
        );
        problems.check_unique(
            self.occupations
                .iter()
                .enumerate()
                .map(|(i, o)| (i, o.id.as_str())),
            |i| format!("occupations[{i}].id"),
            "occupation",
        );
        problems.check_unique(
            self.trainings
                .iter()
                .enumerate()
                .map(|(i, t)| (i, t.id.as_str())),
            |i| format!("trainings[{i}].id"),
            "training",
        );

        for (i, source) in self.sources.iter().enumerate() {
            self.check_url(
                &format!("sources[{i}].url"),
                source.url.as_deref(),
                problems,
            );
            if let Some(date) = source.date.as_deref().filter(|d| !is_iso_date(d)) {
                problems.push(
                    format!("sources[{i}].date"),
                    format!("`{date}` is not a date (YYYY-MM-DD)"),
                );
            }
        }
        for (i, entry) in self.elements.iter().enumerate() {
            problems.check_text(&|| format!("elements[{i}].label"), &entry.label);
        }
        for (i, entry) in self.skills.iter().enumerate() {
            problems.check_text(&|| format!("skills[{i}].label"), &entry.label);
        }

        let elements: HashSet<&str> = self.elements.iter().map(|e| e.id.as_str()).collect();
        let skills: HashSet<&str> = self.skills.iter().map(|s| s.id.as_str()).collect();
        let sources: HashSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let mut required: HashSet<Target<'_>> = HashSet::new();
        for (i, occupation) in self.occupations.iter().enumerate() {
            self.validate_occupation(i, occupation, (&elements, &skills, &sources), problems);
            required.extend(occupation.requirements.iter().map(Requirement::target));
        }
        for (i, training) in self.trainings.iter().enumerate() {
            let at = format!("trainings[{i}]");
            problems.check_text(&|| format!("{at}.title"), &training.title);
            problems.check_prose(
                &|| format!("{at}.description"),
                training.description.as_ref(),
            );
            self.check_url(&format!("{at}.url"), training.url.as_deref(), problems);
            if training.closes.is_empty() {
                problems.push(format!("{at}.closes"), "training closes no requirement");
            }
            for (j, closes) in training.closes.iter().enumerate() {
                let at = format!("{at}.closes[{j}]");
                match closes {
                    Closes::Level { level, .. } => {
                        check_level(&|| format!("{at}.level"), *level, problems)
                    }
                    Closes::Education { isced } if *isced > MAX_ISCED => problems.push(
                        format!("{at}.isced"),
                        format!("{isced} is outside 0..={MAX_ISCED}"),
                    ),
                    _ => {}
                }
                if !required.contains(&closes.target()) {
                    problems.push(
                        at,
                        format!(
                            "closes {}, which no occupation requires",
                            describe(&closes.target())
                        ),
                    );
                }
            }
        }
    }

    fn validate_occupation(
        &self,
        i: usize,
        occupation: &Occupation,
        (elements, skills, sources): (&HashSet<&str>, &HashSet<&str>, &HashSet<&str>),
        problems: &mut Problems,
    ) {
        let at = format!("occupations[{i}]");
        problems.check_text(&|| format!("{at}.label"), &occupation.label);
        problems.check_prose(
            &|| format!("{at}.description"),
            occupation.description.as_ref(),
        );
        problems.check_prose(&|| format!("{at}.note"), occupation.note.as_ref());
        for (k, outlook) in occupation.outlook.iter().enumerate() {
            problems.check_prose(&|| format!("{at}.outlook[{k}].says"), outlook.says.as_ref());
        }
        if let Some(ssyk) = occupation.ssyk.as_deref().filter(|s| !is_digits(s, 4)) {
            problems.push(
                format!("{at}.ssyk"),
                format!("`{ssyk}` is not a four-digit SSYK 2012 code"),
            );
        }
        if occupation.requirements.is_empty() {
            problems.push(
                format!("{at}.requirements"),
                "occupation has no requirements",
            );
        }
        for (k, outlook) in occupation.outlook.iter().enumerate() {
            if !is_digits(&outlook.county, 2) {
                problems.push(
                    format!("{at}.outlook[{k}].county"),
                    format!("`{}` is not a two-digit SCB county code", outlook.county),
                );
            }
            if outlook
                .shortage_index
                .is_some_and(|i| !(1..=5).contains(&i))
            {
                problems.push(
                    format!("{at}.outlook[{k}].shortage_index"),
                    "must be 1 to 5 (Arbetsförmedlingen's bristvärde)",
                );
            }
            if occupation.outlook[..k]
                .iter()
                .any(|o| o.county == outlook.county && o.year == outlook.year)
            {
                problems.push(
                    format!("{at}.outlook[{k}]"),
                    format!(
                        "a second outlook for county {} and the same year",
                        outlook.county
                    ),
                );
            }
            for (s, id) in outlook.sources.iter().enumerate() {
                if !sources.contains(id.as_str()) {
                    problems.push(
                        format!("{at}.outlook[{k}].sources[{s}]"),
                        format!("unknown source `{id}`"),
                    );
                }
            }
        }
        let mut seen: HashMap<Target<'_>, usize> = HashMap::new();
        for (j, requirement) in occupation.requirements.iter().enumerate() {
            // Made only for a problem: a valid file has tens of thousands.
            let at = || format!("{at}.requirements[{j}]");
            match requirement {
                Requirement::Level {
                    element,
                    level,
                    importance,
                } => {
                    if !elements.contains(element.as_str()) {
                        problems.push(
                            format!("{}.element", at()),
                            format!("unknown element `{element}` (not in `elements`)"),
                        );
                    }
                    check_level(&|| format!("{}.level", at()), *level, problems);
                    if !(importance.is_finite() && (1.0..=5.0).contains(importance)) {
                        problems.push(
                            format!("{}.importance", at()),
                            format!("{importance} is outside 1..=5"),
                        );
                    }
                }
                Requirement::Skill { skill, .. } => {
                    if !skills.contains(skill.as_str()) {
                        problems.push(
                            format!("{}.skill", at()),
                            format!("unknown skill `{skill}` (not in `skills`)"),
                        );
                    }
                }
                Requirement::Language { language, .. } => {
                    if language.len() < 2 || !language.bytes().all(|b| b.is_ascii_lowercase()) {
                        problems.push(
                            format!("{}.language", at()),
                            format!("`{language}` is not a language code such as `sv`"),
                        );
                    }
                }
                Requirement::Education { isced } if *isced > MAX_ISCED => {
                    problems.push(
                        format!("{}.isced", at()),
                        format!("{isced} is outside 0..={MAX_ISCED}"),
                    );
                }
                Requirement::Licence { .. } | Requirement::Education { .. } => {}
            }
            if let Some(first) = seen.insert(requirement.target(), j) {
                problems.push(
                    at(),
                    format!(
                        "repeats requirement {first} ({})",
                        describe(&requirement.target())
                    ),
                );
            }
        }
    }

    fn check_url(&self, path: &str, url: Option<&str>, problems: &mut Problems) {
        if let Some(url) = url.filter(|u| !is_safe_url(u)) {
            problems.push(path, format!("`{url}` is not an http(s) link"));
        }
    }
}

fn check_level(path: &dyn Fn() -> String, level: f64, problems: &mut Problems) {
    if !(level.is_finite() && (0.0..=f64::from(MAX_LEVEL)).contains(&level)) {
        problems.push(path(), format!("{level} is outside 0..={MAX_LEVEL}"));
    }
}
