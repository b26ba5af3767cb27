//! The content files the app ships (copied into dist/content by Trunk) and
//! loading them: fetch, parse and validate with the core, keep the problems.

use std::rc::Rc;

use crate::core::adaptive::Choice;
use crate::core::answers::Answers;
use crate::core::held::{Ask, Held, Occupation, Reply, SeekersSent};
use crate::core::json::{self, Kind};
use crate::core::listing::{Shown, Wanted};
use crate::core::need::{NeedEdit, NeedFile};
use crate::core::profile::Profile;
use crate::core::profile_code::Unread;
use crate::core::qr::Drawing;
use crate::core::questionnaire::{GroupName, JobTitleList, Questionnaire};
use crate::core::shortlist::{NeedList, Rows, Supply};
use crate::core::validation::{Problem, Trouble};
use crate::i18n::{self, t_args, Locale};
use crate::platform::demand_worker;
use crate::platform::files::{self, FileError};
use crate::platform::{clock, fetch};
use crate::ui::state::{Centre, CentreProfile};

/// The questionnaire, whole: what regions and the CLI read. The app
/// downloads it in parts instead (below).
pub const QUESTIONNAIRE: &str = "content/questionnaire.json";

/// The languages the questionnaire has a part for; any other locale reads
/// the Swedish part.
pub const QUESTIONNAIRE_LANGUAGES: [&str; 10] = [
    "sv",
    "en",
    "ar",
    "prs",
    "fa",
    "so",
    "ti",
    "uk",
    "fi",
    "sv-x-lattlast",
];

/// The job titles, fetched apart once the first screen is there.
pub const JOB_TITLES: &str = "content/job-titles.json";

/// The part of the questionnaire with `lang`'s texts (and Swedish). The
/// first screen reads its opening instead: every question it counts, none
/// of the rated items' examples, which only the whole app shows.
pub fn questionnaire_part(lang: &str) -> String {
    let lang = QUESTIONNAIRE_LANGUAGES
        .into_iter()
        .find(|l| *l == lang)
        .unwrap_or(QUESTIONNAIRE_LANGUAGES[0]);
    if cfg!(feature = "matching") {
        format!("content/questionnaire.{lang}.json")
    } else {
        format!("content/questionnaire-opening.{lang}.json")
    }
}

/// A bundled demand file: where it is and the key of its name in the
/// translation files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bundled {
    pub path: &'static str,
    pub name_key: &'static str,
}

/// The bundled demand files: the national default first.
pub const DEMAND_FILES: [Bundled; 2] = [
    Bundled {
        path: "content/demand-sverige.json",
        name_key: "demand-file-sverige",
    },
    Bundled {
        path: "content/demand-varmland-exempel.json",
        name_key: "demand-file-varmland",
    },
];

/// A file being loaded, loaded, or refused with the reasons why.
#[derive(Clone, Debug)]
pub enum Load<T> {
    Loading,
    Ready(Rc<T>),
    /// Could not be fetched: the browser's reason.
    Unreachable(String),
    /// Fetched or picked, and refused.
    Invalid(Refusal),
}

impl<T> Load<T> {
    /// The file, once it is loaded.
    pub fn ready(&self) -> Option<&Rc<T>> {
        match self {
            Load::Ready(file) => Some(file),
            _ => None,
        }
    }
}

/// The same load: a loaded file is compared by pointer, never by content,
/// so the state's comparison on every re-render never walks a 3 MB file. A
/// file is only ever replaced by a new `Rc`, never changed in place.
impl<T> PartialEq for Load<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Load::Loading, Load::Loading) => true,
            (Load::Ready(a), Load::Ready(b)) => Rc::ptr_eq(a, b),
            (Load::Unreachable(a), Load::Unreachable(b)) => a == b,
            (Load::Invalid(a), Load::Invalid(b)) => a == b,
            _ => false,
        }
    }
}

/// Why a file was refused: what sort of trouble, said to the reader in her
/// own language when shown ([`Refusal::sentence`]), and the details for
/// whoever made the file (path, line and column), which stay as they are.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    /// The kind of file that was asked for.
    pub asked: Kind,
    pub why: Why,
    pub details: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// The first problem's sort, and how many problems there are.
    Problem(Trouble, usize),
    /// The device could not read the file at all.
    Unreadable,
}

impl Refusal {
    pub fn of(asked: Kind, problems: &[Problem]) -> Refusal {
        let trouble = problems
            .first()
            .map_or(Trouble::Damaged, |p| p.trouble.clone());
        Refusal {
            asked,
            why: Why::Problem(trouble, problems.len()),
            details: problems.iter().map(ToString::to_string).collect(),
        }
    }

    pub fn too_large(asked: Kind, bytes: u64, max: u64) -> Refusal {
        let trouble = Trouble::TooLarge {
            bytes: bytes as usize,
            max: max as usize,
        };
        Refusal {
            asked,
            why: Why::Problem(trouble, 1),
            details: Vec::new(),
        }
    }

    /// A picked file that was not read: too large, or unreadable here.
    pub fn of_file(asked: Kind, error: FileError) -> Refusal {
        match error {
            FileError::TooLarge { bytes, max } => Refusal::too_large(asked, bytes, max),
            FileError::Unreadable(reason) => Refusal::unreadable(asked, reason),
        }
    }

    pub fn unreadable(asked: Kind, reason: String) -> Refusal {
        Refusal {
            asked,
            why: Why::Unreadable,
            details: vec![reason],
        }
    }

    /// One plain sentence in `locale`: which file, what it is, what is wrong.
    pub fn sentence(&self, locale: Locale, file: &str) -> String {
        let kind = |k: Kind| k.name().to_owned();
        let file = ("file", file);
        match &self.why {
            Why::Unreadable => t_args(locale, "refused-unreadable", &[file]),
            Why::Problem(trouble, count) => match trouble {
                Trouble::TooLarge { bytes, max } => t_args(
                    locale,
                    "refused-too-large",
                    &[
                        file,
                        ("size", &i18n::decimal(locale, *bytes as f64 / 1e6, 1)),
                        ("max", &(max / 1_000_000).to_string()),
                    ],
                ),
                Trouble::Damaged => t_args(locale, "refused-damaged", &[file]),
                Trouble::NotOurs => t_args(locale, "refused-not-ours", &[file]),
                Trouble::OtherKind(found) => t_args(
                    locale,
                    "refused-other-kind",
                    &[file, ("found", &kind(*found)), ("kind", &kind(self.asked))],
                ),
                Trouble::Newer(_) => t_args(locale, "refused-newer", &[file]),
                Trouble::UnknownFormat(_) => t_args(locale, "refused-unknown", &[file]),
                Trouble::Value => t_args(
                    locale,
                    "refused-invalid",
                    &[file, ("count", &count.to_string())],
                ),
            },
        }
    }
}

async fn load<T>(path: &str, kind: Kind, parse: fn(&str) -> Result<T, Vec<Problem>>) -> Load<T> {
    match fetch::text(path).await {
        Err(reason) => Load::Unreachable(reason),
        Ok(text) => {
            // The fetch's last chunk and the parse in one task would be a
            // long one on a slow phone: the browser paints in between.
            clock::next_task().await;
            ready_or_refused(kind, parse(&text))
        }
    }
}

/// A demand file for the worker to hold (core::held): it fetches the file
/// itself, or reads the one picked, so the text never reaches the page. A
/// picked file over the limit is refused before it is read.
pub async fn hold_demand(text: demand_worker::Text<'_>) -> Load<Held> {
    let picked = match &text {
        demand_worker::Text::File(file) => {
            if let Err(e) = files::within(file, Kind::Demand.max_bytes()) {
                return Load::Invalid(Refusal::of_file(Kind::Demand, e));
            }
            true
        }
        _ => false,
    };
    // One file at a time, in the order offered: a seeker's own file picked
    // while the bundled one still loads is taken after it, never replaced
    // by it (the worker would answer the smaller file first).
    while TAKING_DEMAND.with(std::cell::Cell::get) {
        crate::platform::clock::sleep(50).await;
    }
    TAKING_DEMAND.with(|taking| taking.set(true));
    let reply = demand_worker::ask(&Ask::Demand, text).await;
    TAKING_DEMAND.with(|taking| taking.set(false));
    held_or_refused(reply, picked)
}

thread_local! {
    /// Whether the worker is taking a demand file now.
    static TAKING_DEMAND: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A bundled demand file described by the worker (its header and size),
/// for the about page, without putting it in use.
pub async fn describe_demand(path: &str) -> Load<Held> {
    let reply = demand_worker::ask(&Ask::Describe, demand_worker::Text::Address(path)).await;
    held_or_refused(reply, false)
}

/// The worker's answer to a demand file, as a load: a picked file it could
/// not read is refused as unreadable, an address it could not fetch is
/// unreachable.
fn held_or_refused(reply: Result<Reply, String>, picked: bool) -> Load<Held> {
    match reply {
        Ok(Reply::Held(held)) => Load::Ready(Rc::new(held)),
        Ok(Reply::Refused(problems)) => Load::Invalid(Refusal::of(Kind::Demand, &problems)),
        Ok(other) => Load::Unreachable(format!("{other:?}")),
        Err(reason) if picked => Load::Invalid(Refusal::unreadable(Kind::Demand, reason)),
        Err(reason) => Load::Unreachable(reason),
    }
}

thread_local! {
    /// Whether the worker holds the questionnaire and the job titles.
    static QUESTIONNAIRE_HELD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The Swedish questionnaire and the job titles, for the worker, the first
/// time a code is made or read (a profile code numbers ratings by their
/// place in the one and jobs in the other): a seeker who never hands her
/// profile over costs the worker neither, and the demand file is not kept
/// waiting behind them at start. Asked again after a failure.
async fn hold_questionnaire() {
    if QUESTIONNAIRE_HELD.get() {
        return;
    }
    let part = questionnaire_part(QUESTIONNAIRE_LANGUAGES[0]);
    let taken = futures::join!(
        demand_worker::ask(&Ask::Questionnaire, demand_worker::Text::Address(&part)),
        demand_worker::ask(&Ask::JobTitles, demand_worker::Text::Address(JOB_TITLES)),
    );
    QUESTIONNAIRE_HELD.set(matches!(taken, (Ok(Reply::Taken), Ok(Reply::Taken))));
}

/// The worker's answer to what the page shows; None if it has no file yet
/// or stopped (the page keeps saying "loading").
pub async fn show(wanted: Wanted) -> Option<Shown> {
    match demand_worker::ask(&Ask::Show(wanted), demand_worker::Text::None).await {
        Ok(Reply::Shown(shown)) => Some(shown),
        _ => None,
    }
}

/// The adaptive path's next rating, chosen by the worker from the file it
/// holds; None if it cannot choose (no file yet, or it stopped).
pub async fn next_question(
    items: Vec<String>,
    answers: Answers,
    asked: Vec<String>,
) -> Option<Choice> {
    let ask = Ask::NextQuestion {
        items,
        answers,
        asked,
    };
    match demand_worker::ask(&ask, demand_worker::Text::None).await {
        Ok(Reply::Next(choice)) => Some(choice),
        _ => None,
    }
}

/// The occupations of the demand file the worker holds; None before it
/// holds one.
pub async fn occupations() -> Option<Vec<Occupation>> {
    match demand_worker::ask(&Ask::Occupations, demand_worker::Text::None).await {
        Ok(Reply::Occupations(list)) => Some(list),
        _ => None,
    }
}

/// The matching centre's profiles of `generation` against its need
/// `occupation` (as the coach made it), ranked by the worker, as much of
/// the list as `rows` asks for; None if it could not (no file yet, or it
/// stopped), Some(None) if the file has no such occupation.
pub async fn shortlist(
    centre: &Centre,
    occupation: String,
    generation: u32,
    rows: Rows,
) -> Option<Option<NeedList>> {
    let seekers = CentreList {
        generation,
        profiles: &centre.profiles,
    };
    let ask = Ask::Shortlist {
        occupation,
        seekers: seekers.sent(),
        rows,
        municipality: None,
        need: centre.need_made.as_ref().map(|(_, n)| n.0.text.clone()),
    };
    match ask_of_seekers(&ask, &seekers).await {
        Some(Reply::Shortlist(list)) => Some(list),
        _ => None,
    }
}

/// The matching centre's list as the worker ranks it: the answers of a
/// generation of the coach's profiles, in order.
pub struct CentreList<'a> {
    pub generation: u32,
    pub profiles: &'a [Rc<CentreProfile>],
}

impl CentreList<'_> {
    fn sent(&self) -> SeekersSent {
        SeekersSent {
            generation: self.generation,
            count: self.profiles.len(),
        }
    }
}

/// How many of the centre's seekers go to the worker in one message: a
/// message is made a task, each short on a slow phone (copying 2,000
/// seekers' answers in one was about 60 ms at 4x CPU).
const SEEKERS_A_PIECE: usize = 200;

/// `ask`, which ranks `seekers`: the worker keeps them from one ask to the
/// next, so they are sent, a piece a task, only when it has not got them.
async fn ask_of_seekers(ask: &Ask, seekers: &CentreList<'_>) -> Option<Reply> {
    match demand_worker::ask(ask, demand_worker::Text::None).await {
        Ok(Reply::Unsent) => {
            send_seekers(seekers).await?;
            demand_worker::ask(ask, demand_worker::Text::None)
                .await
                .ok()
        }
        reply => reply.ok(),
    }
}

/// Sends the centre's list to the worker (an empty one empties what it
/// holds); None if it was not taken whole (the list changed meanwhile,
/// or the worker stopped).
pub async fn send_seekers(seekers: &CentreList<'_>) -> Option<()> {
    let mut pieces: Vec<&[Rc<CentreProfile>]> = seekers.profiles.chunks(SEEKERS_A_PIECE).collect();
    if pieces.is_empty() {
        pieces.push(&[]);
    }
    let mut first = 0;
    for piece in pieces {
        let ask = Ask::Seekers {
            generation: seekers.generation,
            first,
            seekers: piece.iter().map(|p| p.profile.answers.clone()).collect(),
        };
        match demand_worker::ask(&ask, demand_worker::Text::None).await {
            Ok(Reply::Taken) => first += piece.len(),
            _ => return None,
        }
    }
    Some(())
}

/// The occupation groups' names in `lang` from the demand file the worker
/// holds, for searching jobs in the seeker's language; None before it
/// holds one.
pub async fn group_names(lang: &str) -> Option<Vec<GroupName>> {
    let ask = Ask::GroupNames {
        lang: lang.to_owned(),
    };
    match demand_worker::ask(&ask, demand_worker::Text::None).await {
        Ok(Reply::GroupNames(names)) => Some(names),
        _ => None,
    }
}

/// The matching centre's profiles of `generation` against every
/// occupation in shortage, counted by the worker; None if it could not.
pub async fn supply(centre: &Centre, generation: u32, weeks: u32) -> Option<Vec<Supply>> {
    let seekers = CentreList {
        generation,
        profiles: &centre.profiles,
    };
    let ask = Ask::Supply {
        seekers: seekers.sent(),
        weeks,
    };
    match ask_of_seekers(&ask, &seekers).await {
        Some(Reply::Supply(rows)) => Some(rows),
        _ => None,
    }
}

/// An employer's need made by the worker from the held file's occupation,
/// as it is (`edit` None) or edited; None if it could not.
/// From the need file `source` (its text) in place of the file held, if
/// given: a file that is not one is refused, with where and why.
pub async fn make_need(
    occupation: String,
    edit: Option<NeedEdit>,
    source: Option<String>,
) -> Result<NeedFile, Option<Refusal>> {
    let ask = Ask::MakeNeed {
        occupation,
        edit,
        today: crate::platform::clock::today(),
        source,
    };
    match demand_worker::ask(&ask, demand_worker::Text::None).await {
        Ok(Reply::Need(Some(need))) => Ok(*need),
        Ok(Reply::Refused(problems)) => Err(Some(Refusal::of(Kind::Demand, &problems))),
        Ok(Reply::Need(None)) => Err(Some(Refusal::of(
            Kind::Demand,
            &[crate::core::validation::Problem::new(
                "occupations",
                "is empty",
            )],
        ))),
        _ => Err(None),
    }
}

/// A profile's QR code, made by the worker: the digits (ratings by place in
/// the questionnaire, skills by place in the demand file it holds) and the
/// drawing of `link` followed by them.
pub async fn encode_profile(profile: Profile, link: String) -> Option<(String, Option<Drawing>)> {
    hold_questionnaire().await;
    let ask = Ask::Encode { profile, link };
    match demand_worker::ask(&ask, demand_worker::Text::None).await {
        Ok(Reply::Code { digits, qr }) => Some((digits, qr)),
        _ => None,
    }
}

/// A `#p=` code read by the worker: the profile and what could not be
/// placed, or the translation key of why not with the technical reason.
pub async fn read_code(digits: String) -> Result<(Profile, Unread), (&'static str, String)> {
    hold_questionnaire().await;
    code_reading(demand_worker::ask(&Ask::Decode(digits), demand_worker::Text::None).await)
}

/// The worker's answer to a code, as the state takes it.
pub(crate) fn code_reading(
    reply: Result<Reply, String>,
) -> Result<(Profile, Unread), (&'static str, String)> {
    match reply {
        Ok(Reply::Decoded { profile, unread }) => Ok((profile, unread)),
        Ok(Reply::CodeRefused {
            newer: true,
            detail,
        }) => Err(("profile-code-newer", detail)),
        Ok(Reply::CodeRefused { detail, .. }) => Err(("profile-code-invalid", detail)),
        Ok(other) => Err(("profile-code-invalid", format!("{other:?}"))),
        Err(reason) => Err(("profile-code-invalid", reason)),
    }
}

fn ready_or_refused<T>(kind: Kind, parsed: Result<T, Vec<Problem>>) -> Load<T> {
    match parsed {
        Ok(value) => Load::Ready(Rc::new(value)),
        Err(problems) => Load::Invalid(Refusal::of(kind, &problems)),
    }
}

/// Makes `locale`'s messages available, fetching its `.ftl` if it is not
/// compiled in. The error says which file and why, for the language picker.
pub async fn load_locale(locale: Locale) -> Result<(), String> {
    if locale.is_ready() {
        return Ok(());
    }
    let path = locale.path();
    let source = fetch::text(&path).await?;
    clock::next_task().await;
    i18n::install(locale, &source).map_err(|e| format!("{path}: {e}"))
}

/// The questionnaire's part in `lang` (see [`questionnaire_part`]).
pub async fn load_questionnaire(lang: &str) -> Load<Questionnaire> {
    load(
        &questionnaire_part(lang),
        Kind::Questionnaire,
        json::parse_questionnaire,
    )
    .await
}

/// The job titles; a damaged list is refused as part of the questionnaire.
pub async fn load_job_titles() -> Load<JobTitleList> {
    load(JOB_TITLES, Kind::Questionnaire, json::parse_job_titles).await
}

/// A picked file's text, or why it cannot be read: over `kind`'s size limit
/// (refused before reading), or unreadable on this device.
pub async fn read_picked(file: &files::Picked, kind: Kind) -> Result<String, Refusal> {
    files::read_text(file, kind.max_bytes())
        .await
        .map_err(|e| Refusal::of_file(kind, e))
}

#[cfg(test)]
mod load_tests {
    use super::*;

    /// A state compares its files by pointer: the same file is equal, an
    /// equal copy is a different load (it was loaded anew), and neither
    /// comparison reads the file.
    /// The app asks for a part in every language the shipped questionnaire
    /// has, and only in those (the generator writes one part per language).
    #[test]
    fn every_language_of_the_questionnaire_has_its_part_asked_for() {
        let whole =
            json::parse_questionnaire(include_str!("../../static/content/questionnaire.json"))
                .unwrap();
        assert_eq!(whole.languages, QUESTIONNAIRE_LANGUAGES);
        for locale in Locale::ALL {
            let lang = locale.content_lang();
            assert_eq!(
                questionnaire_part(lang),
                format!("content/questionnaire.{lang}.json"),
                "every interface language has the questions in it"
            );
        }
        assert_eq!(questionnaire_part("de"), "content/questionnaire.sv.json");
    }

    #[test]
    fn loaded_files_compare_by_pointer() {
        let file = Rc::new(vec![1u8; 1_000]);
        let load = Load::Ready(file.clone());
        assert_eq!(load, Load::Ready(file));
        assert_ne!(load, Load::Ready(Rc::new(vec![1u8; 1_000])));
        assert_eq!(Load::<u8>::Loading, Load::Loading);
        assert_ne!(load, Load::Loading);
    }
}
