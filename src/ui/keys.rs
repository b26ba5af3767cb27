//! The translation key of every value the UI names: one map per enum, so
//! no key is assembled at run time, and `tests/tidy.rs` checks each key
//! written here against `sv.ftl`.

use crate::core::answers::{Evidence, Hours, Learned, Shift};
use crate::core::demand::TrainingForm;
use crate::core::profile::Part;
use crate::core::scales::{Cefr, LanguageActivity, Licence};
use crate::i18n::{t, Locale};

pub fn licence(category: Licence) -> &'static str {
    match category {
        Licence::AM => "licence-AM",
        Licence::A1 => "licence-A1",
        Licence::A2 => "licence-A2",
        Licence::A => "licence-A",
        Licence::B => "licence-B",
        Licence::BE => "licence-BE",
        Licence::C1 => "licence-C1",
        Licence::C1E => "licence-C1E",
        Licence::C => "licence-C",
        Licence::CE => "licence-CE",
        Licence::D1 => "licence-D1",
        Licence::D1E => "licence-D1E",
        Licence::D => "licence-D",
        Licence::DE => "licence-DE",
    }
}

pub fn cefr(level: Cefr) -> &'static str {
    match level {
        Cefr::A1 => "cefr-A1",
        Cefr::A2 => "cefr-A2",
        Cefr::B1 => "cefr-B1",
        Cefr::B2 => "cefr-B2",
        Cefr::C1 => "cefr-C1",
        Cefr::C2 => "cefr-C2",
    }
}

pub fn activity(activity: LanguageActivity) -> &'static str {
    match activity {
        LanguageActivity::Listening => "lang-listening",
        LanguageActivity::Reading => "lang-reading",
        LanguageActivity::SpokenInteraction => "lang-spoken_interaction",
        LanguageActivity::SpokenProduction => "lang-spoken_production",
        LanguageActivity::Writing => "lang-writing",
    }
}

pub fn hours(hours: Hours) -> &'static str {
    match hours {
        Hours::FullTime => "pref-full_time",
        Hours::PartTime => "pref-part_time",
        Hours::Either => "pref-either",
    }
}

pub fn shift(shift: Shift) -> &'static str {
    match shift {
        Shift::Day => "pref-day",
        Shift::Evening => "pref-evening",
        Shift::Night => "pref-night",
        Shift::Weekend => "pref-weekend",
    }
}

pub fn learned(learned: Learned) -> &'static str {
    match learned {
        Learned::Work => "ctx-learned-work",
        Learned::Education => "ctx-learned-education",
        Learned::Elsewhere => "ctx-learned-elsewhere",
    }
}

pub fn evidence(evidence: Evidence) -> &'static str {
    match evidence {
        Evidence::SelfAssessed => "summary-evidence-self",
        Evidence::Document => "summary-evidence-document",
        Evidence::Validated => "summary-evidence-validated",
    }
}

pub fn training_form(form: TrainingForm) -> &'static str {
    match form {
        TrainingForm::Komvux => "training-form-komvux",
        TrainingForm::Yrkesvux => "training-form-yrkesvux",
        TrainingForm::LabourMarketTraining => "training-form-labour_market_training",
        TrainingForm::Validation => "training-form-validation",
        TrainingForm::Sfi => "training-form-sfi",
        TrainingForm::SwedishSecondLanguage => "training-form-swedish_second_language",
        TrainingForm::Folkhogskola => "training-form-folkhogskola",
        TrainingForm::Yrkeshogskola => "training-form-yrkeshogskola",
        TrainingForm::LicenceCourse => "training-form-licence_course",
        TrainingForm::Other => "training-form-other",
    }
}

/// A profile part's key, also the id of its check box on the hand-over.
pub fn part(part: Part) -> &'static str {
    match part {
        Part::Goal => "part-goal",
        Part::Education => "part-education",
        Part::WorkHistory => "part-work_history",
        Part::Languages => "part-languages",
        Part::Licences => "part-licences",
        Part::Skills => "part-skills",
        Part::Certificates => "part-certificates",
        Part::Preferences => "part-preferences",
        Part::Matches => "part-matches",
    }
}

/// The key of a language's name, for the languages the translations name;
/// a questionnaire may list others, which are shown by their code.
pub fn language(code: &str) -> Option<&'static str> {
    Some(match code {
        "sv" => "lang-sv",
        "en" => "lang-en",
        "ar" => "lang-ar",
        "so" => "lang-so",
        "ti" => "lang-ti",
        "prs" => "lang-prs",
        "fa" => "lang-fa",
        "uk" => "lang-uk",
        "fi" => "lang-fi",
        "ku" => "lang-ku",
        "pl" => "lang-pl",
        "es" => "lang-es",
        "fr" => "lang-fr",
        "de" => "lang-de",
        "ru" => "lang-ru",
        "tr" => "lang-tr",
        "bs" => "lang-bs",
        "sq" => "lang-sq",
        "th" => "lang-th",
        _ => return None,
    })
}

/// A language's name in `locale`, or its code where no translation names it.
pub fn language_name(locale: Locale, code: &str) -> String {
    language(code).map_or_else(|| code.to_owned(), |key| t(locale, key))
}
