//! The fixed scales the formats use: the app's 0–4 level scale, CEFR,
//! EU driving-licence categories, ISCED 2011 education levels, and the
//! demand-outlook terms of Arbetsförmedlingen's Yrkesbarometer.

use serde::{Deserialize, Serialize};

/// Highest step of the self-rating scale (0 = none … 4 = expert).
pub const MAX_LEVEL: u8 = 4;

/// A language level from the Council of Europe's self-assessment grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Cefr {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Cefr {
    pub const ALL: [Cefr; 6] = [Cefr::A1, Cefr::A2, Cefr::B1, Cefr::B2, Cefr::C1, Cefr::C2];

    /// 1 (A1) to 6 (C2).
    pub fn rank(self) -> u8 {
        self as u8 + 1
    }

    /// The level as the grid writes it: `B1`.
    pub fn code(self) -> &'static str {
        ["A1", "A2", "B1", "B2", "C1", "C2"][self as usize]
    }
}

/// The five activities of the CEFR self-assessment grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LanguageActivity {
    Listening,
    Reading,
    SpokenInteraction,
    SpokenProduction,
    Writing,
}

impl LanguageActivity {
    pub const ALL: [LanguageActivity; 5] = [
        LanguageActivity::Listening,
        LanguageActivity::Reading,
        LanguageActivity::SpokenInteraction,
        LanguageActivity::SpokenProduction,
        LanguageActivity::Writing,
    ];
}

/// EU driving-licence categories (directive 2006/126/EC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Licence {
    AM,
    A1,
    A2,
    A,
    B,
    BE,
    C1,
    C1E,
    C,
    CE,
    D1,
    D1E,
    D,
    DE,
}

impl Licence {
    pub const ALL: [Licence; 14] = [
        Licence::AM,
        Licence::A1,
        Licence::A2,
        Licence::A,
        Licence::B,
        Licence::BE,
        Licence::C1,
        Licence::C1E,
        Licence::C,
        Licence::CE,
        Licence::D1,
        Licence::D1E,
        Licence::D,
        Licence::DE,
    ];

    /// The category as the licence shows it: `CE`.
    pub fn code(self) -> &'static str {
        [
            "AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE",
        ][self as usize]
    }
}

/// ISCED 2011 level, 0–8; SUN 2020's levels (nivå) follow the same steps.
pub const MAX_ISCED: u8 = 8;

/// Yrkesbarometer: how easy it is to get a job in the occupation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Opportunities {
    Small,
    Medium,
    Large,
}

/// Yrkesbarometer: employers' recruitment situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Recruitment {
    Surplus,
    Balance,
    Shortage,
}

/// Yrkesbarometer: the five-year outlook for demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FiveYearOutlook {
    Decrease,
    Unchanged,
    Increase,
}

/// The code an outlook for the whole country carries in place of a county.
pub const NATIONAL: &str = "00";

/// The name of a county (län) from its two-digit SCB code.
pub fn county_name(code: &str) -> Option<&'static str> {
    Some(match code {
        NATIONAL => "Hela Sverige",
        "01" => "Stockholms län",
        "03" => "Uppsala län",
        "04" => "Södermanlands län",
        "05" => "Östergötlands län",
        "06" => "Jönköpings län",
        "07" => "Kronobergs län",
        "08" => "Kalmar län",
        "09" => "Gotlands län",
        "10" => "Blekinge län",
        "12" => "Skåne län",
        "13" => "Hallands län",
        "14" => "Västra Götalands län",
        "17" => "Värmlands län",
        "18" => "Örebro län",
        "19" => "Västmanlands län",
        "20" => "Dalarnas län",
        "21" => "Gävleborgs län",
        "22" => "Västernorrlands län",
        "23" => "Jämtlands län",
        "24" => "Västerbottens län",
        "25" => "Norrbottens län",
        _ => return None,
    })
}
