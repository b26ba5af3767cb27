//! The app's single state, changed only through [`Action`]s.

use std::rc::Rc;
use yew::Reducible;

use crate::core::adaptive::{self, Choice, Next};
use crate::core::answers::Answers;
use crate::core::demand::DemandFile;
use crate::core::edit::Edit;
use crate::core::held::{Held, Occupation};
use crate::core::json::Kind;
use crate::core::listing::{Shown, Wanted};
use crate::core::need::{NeedEdit, NeedFile};
use crate::core::profile::Profile;
use crate::core::profile_code::Unread;
use crate::core::questionnaire::{Item, JobTitleList, LevelItem, Path, Questionnaire};
use crate::core::scoring::Ranked;
use crate::core::scoring::{Indexed, Scorer};
use crate::core::session::{Session, SessionError};
use crate::core::shortlist::{NeedList, Rows, Supply};
use crate::core::text::Text;
use crate::i18n::Locale;
use crate::ui::content::{Load, Refusal};
use crate::ui::kiosk::KioskConfig;
pub use crate::ui::place::{place_of, read_place, Page, ResultsView, Sort};

/// Where the seeker's language choice is remembered on their own phone.
pub const LOCALE_KEY: &str = "kompetenskoll.locale";
/// Where the answers are saved as they are given.
pub const SESSION_KEY: &str = "kompetenskoll.session";

/// The question kinds this version of the app asks. A standalone skill
/// checklist is in the format but has no screen yet (job titles lead to
/// their skills instead), so it is left out of the flow and of the time
/// estimate rather than shown empty.
pub fn asked(item: &Item) -> bool {
    matches!(
        item,
        Item::Level(_)
            | Item::Education(_)
            | Item::WorkHistory(_)
            | Item::Goal(_)
            | Item::Licences(_)
            | Item::Languages(_)
            | Item::Certificates(_)
            | Item::Preferences(_)
    )
}

/// The question kinds the first screen's module carries: the shipped
/// questionnaire opens with the goal, the first question a new seeker sees.
/// Every other screen is the whole app's, which takes over before it shows
/// (`needs_whole_app`), so the first screen downloads no more than that.
pub fn on_first_screen(item: &Item) -> bool {
    matches!(item, Item::Goal(_))
}

/// A profile opened from a file or a QR link, kept so that the coach's
/// view can say where it came from and what could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// The file's name; empty for a QR link.
    pub file: String,
    pub profile: Profile,
    /// What a QR code held that this app's files could not place.
    pub unread: Unread,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub locale: Locale,
    pub page: Page,
    pub results_view: ResultsView,
    /// The questionnaire, in the languages loaded so far, with its job
    /// titles once they are there.
    pub questionnaire: Load<Questionnaire>,
    /// The job titles as fetched, kept to go into a questionnaire that
    /// arrives after them.
    pub job_titles: Load<JobTitleList>,
    /// The page's part of the demand file in use, which the demand-file
    /// worker holds whole (core::held): its header once held, then the
    /// occupations last shown (`Wanted`).
    pub demand: Load<DemandFile>,
    /// What the worker holds: the file's identity and size.
    pub held: Option<Rc<Held>>,
    /// The results list as last shown, with the file's fields.
    pub listing: Option<Rc<Listing>>,
    /// How many of the results list are on screen.
    pub results_count: usize,
    /// A demand file that was offered but could not be used; the previous
    /// one stays in use.
    pub demand_problem: Option<DemandProblem>,
    /// Where the demand file in use came from (a path, address or file name).
    pub demand_source: Option<String>,
    /// The seeker's session, once they have started.
    pub session: Option<Session>,
    /// Why a saved session could not be restored, until dismissed.
    pub restore_problem: Option<SessionError>,
    /// A profile file that could not be opened, and why.
    pub profile_problem: Option<ProfileProblem>,
    /// Kiosk mode: nothing is saved and idle sessions are wiped.
    pub kiosk: Option<KioskConfig>,
    /// The language a wiped kiosk returns to.
    pub default_locale: Locale,
    /// The profile opened last (coach's view), if any.
    pub opened: Option<Opened>,
    /// Digits of a `#p=` link, read once the questionnaire and demand file
    /// it needs have loaded.
    pub pending_code: Option<String>,
    /// A profile file picked or dropped, read (size checked) but not yet
    /// opened: the first screen leaves that to the whole app.
    pub pending_profile: Option<PickedProfile>,
    /// A session saved on this device on an earlier visit, not yet read:
    /// the first screen leaves reading it to the whole app, which a
    /// returning seeker has in her cache (and the first screen carries no
    /// reader for answers).
    pub saved_session: Option<String>,
    /// A new version of the app has installed and waits for the seeker.
    pub update_ready: bool,
    /// What "delete everything" removed (translation keys), until the next
    /// action.
    pub deleted: Option<Vec<&'static str>>,
    /// The demand file in use with its scorer, indexed once when it loads.
    pub indexed: Option<IndexedDemand>,
    /// Bumped when the browser's speech voices change, so that read-aloud
    /// buttons appear once a voice is there.
    pub voices: u32,
    /// The questions also in Swedish, under the seeker's language: for a
    /// coach beside them, or a seeker learning Swedish. Not saved.
    pub also_swedish: bool,
    /// The seeker went on from a rating of the adaptive path; its next one
    /// is being chosen.
    pub choosing: bool,
    /// The matching centre's profiles and need (not at a kiosk; only in
    /// the whole app).
    #[cfg(feature = "matching")]
    pub centre: Centre,
    /// The adaptive path's ratings the seeker went back from, the latest
    /// last: going on again shows them rather than choosing anew. Not
    /// saved: after a reload the path chooses from her answers.
    pub ahead: Vec<String>,
}

/// The indexed demand file, compared by identity: it is rebuilt only when a
/// new file arrives, never cloned.
#[derive(Clone)]
pub struct IndexedDemand(pub Rc<Indexed>);

impl PartialEq for IndexedDemand {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for IndexedDemand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IndexedDemand({})", self.0.demand().id)
    }
}

/// The results list of the whole file, as the worker answered the last
/// `Wanted`: rows by place in `demand` (the excerpt).
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    /// What the page asked for; while it asks something else (the seeker
    /// just changed the filter), the list on screen is on its way out.
    pub answers: Wanted,
    pub listed: Vec<Ranked>,
    /// How many rows were asked for: none while the seeker answers.
    pub count: usize,
    /// How long the whole list is.
    pub total: usize,
    pub fields: Vec<Text>,
    /// Occupations asked for by id that the file does not have.
    pub missing: Vec<String>,
}

/// How many more of the results list "show more" shows.
pub const RESULTS_PAGE: usize = 20;
/// How many best matches a profile carries.
pub const TOP: usize = 5;

/// A profile file's name and text, as read from the device.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PickedProfile {
    pub file: String,
    pub text: String,
}

/// Why a profile (file or QR link) could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum ProfileProblem {
    /// A QR link's code: the translation key of the plain message, and the
    /// technical reason shown behind a disclosure.
    Code { key: &'static str, detail: String },
    /// A file, refused: its name and why.
    File { file: String, refusal: Refusal },
}

/// The matching centre: the profiles a coach opened, held in memory unless
/// she keeps them encrypted on this device, and the need she compares them
/// with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Centre {
    pub profiles: Profiles,
    /// Files that could not be opened, and why.
    pub refused: Vec<(String, Refusal)>,
    /// Files whose profile was already in the list.
    pub duplicates: Vec<String>,
    /// Bumped whenever the profiles change, so a shortlist of others is
    /// known for what it is.
    pub generation: u32,
    /// Bumped whenever a label or a record of evidence changes: the kept
    /// list is sealed again.
    pub annotated: u32,
    /// The coach asked for the supply against demand (it takes a while).
    pub supply_asked: bool,
    /// The supply against demand, for a generation of the profiles.
    pub supply: Option<(u32, Beside<Rc<Vec<Supply>>>)>,
    /// The demand file's occupations, to choose a need from.
    pub occupations: Option<Rc<Vec<Occupation>>>,
    /// The need: an occupation's id (empty: the first of a need file
    /// opened, until the worker has read it).
    pub need: Option<String>,
    /// A need file the coach opened, the need's source in place of the
    /// demand file in use: its name and text.
    pub need_source: Option<Rc<(String, String)>>,
    /// A file opened as a need that could not be used, and why.
    pub need_refused: Option<(String, Refusal)>,
    /// The coach's changes to it (None: as the file has it).
    pub need_edit: Beside<Option<NeedEdit>>,
    /// Bumped whenever the need or its changes change.
    pub need_version: u32,
    /// The need made (core::need) for a version: what the shortlist ranks
    /// against and what the coach saves.
    pub need_made: Option<(u32, Beside<Rc<NeedFile>>)>,
    pub shortlist: Option<Rc<Shortlisted>>,
    /// Show only those ready now (Some(0)) or within so many weeks of
    /// training; None shows all.
    pub within: Option<u32>,
    /// The coach asked to see everyone who fits the need, not the nearest
    /// [`SHOWN_AT_FIRST`] (another need shows its nearest first again).
    pub show_all: bool,
    /// Profiles made longer ago than this many months are flagged for
    /// deletion; None until the coach sets it ([`OLD_AFTER_MONTHS`]).
    pub old_after: Option<u32>,
    /// Whether the list is kept on this device.
    pub keeping: Keeping,
    /// The generation and annotation of the profiles the kept list holds,
    /// if known: what was just kept or opened is not sealed again.
    pub kept_as: Option<(u32, u32)>,
    /// What went wrong with the kept list, said until the next try.
    pub store_problem: Option<StoreProblem>,
    /// Sealing or opening under way (the key derivation takes a moment).
    pub sealing: bool,
}

impl Centre {
    /// The shortlist of the need as it is and the profiles as they are,
    /// whichever rows it was asked for.
    pub fn shortlist_of_the_need(&self) -> Option<&Rc<Shortlisted>> {
        self.shortlist.as_ref().filter(|s| {
            Some(&s.need) == self.need.as_ref()
                && s.generation == self.generation
                && s.need_version == self.need_version
        })
    }

    /// What of the shortlist the page shows, as the worker is asked for it.
    pub fn rows(&self) -> Rows {
        Rows {
            within: self.within,
            count: (!self.show_all).then_some(SHOWN_AT_FIRST),
        }
    }
}

/// The candidates a shortlist shows until the coach asks for all: no coach
/// reads more at once, and ten thousand rows would be a long task.
pub const SHOWN_AT_FIRST: usize = 100;

/// A value that changes only with a version kept beside it, so the
/// state's comparison after every action never walks it: deriving it
/// would compare whole demand files, in the first screen's module too.
#[derive(Clone, Debug, Default)]
pub struct Beside<T>(pub T);

impl<T> PartialEq for Beside<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The matching centre's list on this device (core::centre_store,
/// platform::sealing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Keeping {
    /// In this tab's memory only.
    #[default]
    Memory,
    /// A sealed list is on this device, not opened in this tab.
    Locked,
    /// Opened or made here: each change is sealed again and kept.
    Open,
}

/// Why the kept list was not made or opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreProblem {
    WrongPassphrase,
    /// Shorter than [`MIN_PASSPHRASE`] characters.
    ShortPassphrase,
    /// The two passphrases differ.
    Mismatch,
    NotAStore,
    Newer,
    Damaged,
    /// No WebCrypto (an address that is not https or localhost).
    Unavailable,
    /// The browser refused to store the sealed list (no room, or no
    /// IndexedDB, as in some private windows): the one kept before stays.
    NoRoom,
}

/// Months after which a profile is flagged, until the coach sets another.
pub const OLD_AFTER_MONTHS: u32 = 6;

/// "Near" in the supply against demand: ready within half a year.
pub const SUPPLY_WEEKS: u32 = 26;

/// The shortest passphrase the centre accepts, in characters.
pub const MIN_PASSPHRASE: usize = 10;

/// The centre's profiles, compared by identity. A profile is replaced,
/// never changed where it is (the state before holds it too), so the same
/// allocations are the same profiles; the reducer compares the state after
/// every action, and comparing 10,000 profiles field by field took a slow
/// phone tens of milliseconds each time.
#[derive(Clone, Debug, Default)]
pub struct Profiles(pub Vec<Rc<CentreProfile>>);

impl PartialEq for Profiles {
    fn eq(&self, other: &Profiles) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

impl std::ops::Deref for Profiles {
    type Target = Vec<Rc<CentreProfile>>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Profiles {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

/// A profile the coach opened, with the file it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct CentreProfile {
    pub file: String,
    /// What the coach calls her on the shortlist's print-out and CSV, in
    /// place of the file's name (empty: none given).
    pub label: String,
    /// The day the coach opened it (`YYYY-MM-DD`).
    pub added: String,
    pub profile: Profile,
}

/// The worker's shortlist for a need and the profiles of one generation.
#[derive(Clone, Debug)]
pub struct Shortlisted {
    pub need: String,
    pub generation: u32,
    pub need_version: u32,
    /// What of the list the worker was asked for.
    pub rows: Rows,
    /// None: the file in use has no such occupation, or the worker could
    /// not answer. Shared: the page's rows hold it, and compare it by
    /// identity.
    pub list: Option<Rc<NeedList>>,
}

/// One answer per need, profiles, version and rows: the keys say which.
impl PartialEq for Shortlisted {
    fn eq(&self, other: &Self) -> bool {
        (
            &self.need,
            self.generation,
            self.need_version,
            self.rows,
            self.list.is_some(),
        ) == (
            &other.need,
            other.generation,
            other.need_version,
            other.rows,
            other.list.is_some(),
        )
    }
}

/// Why an offered demand file was not used.
#[derive(Clone, Debug, PartialEq)]
pub struct DemandProblem {
    /// The file's name or address.
    pub source: String,
    pub why: DemandTrouble,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DemandTrouble {
    /// Not reached: the browser's reason.
    Unreachable(String),
    Refused(Refusal),
}

pub enum Action {
    SetLocale(Locale),
    Navigate(Page),
    /// Back or forward through history, to the place kept there.
    Returned(Option<String>),
    /// The results list sorted or filtered anew.
    ResultsView(ResultsView),
    /// A language's part of the questionnaire: the first one is the
    /// questionnaire, later ones add their texts to it.
    QuestionnaireLoaded(Load<Questionnaire>),
    /// The job titles, fetched apart from the questionnaire.
    JobTitlesLoaded(Load<JobTitleList>),
    /// A demand file from the bundle, an address or the file picker. A
    /// usable one replaces the current file; otherwise the current one stays
    /// and the problem is shown. A `fallback` load leaves an earlier
    /// problem on screen.
    DemandOffered {
        source: String,
        load: Load<Held>,
        fallback: bool,
    },
    /// The worker's answer to the page's `Wanted`; one for a file no
    /// longer in use is dropped.
    Shown(Box<Wanted>, Shown),
    /// More of the results list.
    ResultsMore,
    /// The worker's reading of a `#p=` code: the profile, or the
    /// translation key of why not with the technical reason.
    CodeRead(Result<(Profile, Unread), (&'static str, String)>),
    DismissDemandProblem,
    /// Start afresh on a path, dropping any earlier answers.
    Begin(Path),
    /// A change to the seeker's answers (`Answers::apply`).
    Answer(Edit),
    NextSection,
    PreviousSection,
    DismissRestoreProblem,
    /// A profile file was read from the device: it opens (its answers
    /// become the session, and the coach's view shows it), or says why not.
    ProfilePicked(PickedProfile),
    /// The digits of a `#p=` link (QR code), read when the files are ready.
    CodeOffered(String),
    /// A new version of the app is ready (service worker waiting).
    UpdateReady,
    /// The browser's list of speech voices changed.
    VoicesChanged,
    /// Show the questions also in Swedish, or not.
    AlsoSwedish(bool),
    /// Everything was removed from the device: these (translation keys).
    DeletedEverything(Vec<&'static str>),
    /// A file offered as a profile could not be used: why.
    ProfileProblem(ProfileProblem),
    /// `kiosk.json` was read; it may switch kiosk mode on and sets its times.
    KioskConfigured(KioskConfig),
    /// Forget everything of this seeker's: back to a fresh start screen.
    Wipe,
    /// Forget the session: answers and position.
    StartOver,
    /// The adaptive path's next rating for these answers and ratings
    /// asked: the worker's choice, or None if it could not choose (then the
    /// fixed short path's order). One for answers since changed is dropped.
    Chosen {
        answers: Box<Answers>,
        asked: Vec<String>,
        choice: Option<Choice>,
    },
    /// From the adaptive path on to every question, answers kept.
    AllQuestions,
    #[cfg(feature = "matching")]
    /// Profile files picked at once for the matching centre: those read
    /// each open into its list or are listed with why not, as are those
    /// that could not even be read (`unreadable`).
    CentreOpened {
        read: Vec<PickedProfile>,
        unreadable: Vec<(String, Refusal)>,
        /// The day (`YYYY-MM-DD`), kept with each profile.
        today: String,
        /// The first part of what the coach picked: what was said of the
        /// files picked before is forgotten.
        first: bool,
    },
    #[cfg(feature = "matching")]
    /// The file's occupations, to choose a need from.
    CentreOccupations(Vec<Occupation>),
    #[cfg(feature = "matching")]
    CentreNeed(String),
    #[cfg(feature = "matching")]
    /// The worker's shortlist for a need and a generation of profiles.
    CentreShortlisted(Rc<Shortlisted>),
    #[cfg(feature = "matching")]
    /// One profile out of the list, by place.
    CentreRemove(usize),
    #[cfg(feature = "matching")]
    CentreClear,
    #[cfg(feature = "matching")]
    CentreWithin(Option<u32>),
    #[cfg(feature = "matching")]
    /// Show everyone on the shortlist.
    CentreShowAll,
    #[cfg(feature = "matching")]
    /// Flag profiles made more than so many months ago.
    CentreOldAfter(u32),
    #[cfg(feature = "matching")]
    /// The coach changed the need.
    CentreEditNeed(NeedEdit),
    #[cfg(feature = "matching")]
    /// The worker made the need of a version.
    CentreNeedMade(u32, Rc<NeedFile>),
    /// The coach opened a need file: its name and text.
    #[cfg(feature = "matching")]
    CentreNeedOpened {
        file: String,
        text: String,
    },
    /// A need file could not be used (read, or made from, at a version).
    #[cfg(feature = "matching")]
    CentreNeedRefused {
        version: Option<u32>,
        file: String,
        refusal: Refusal,
    },
    /// The profile open in the coach's view joins the centre's list.
    #[cfg(feature = "matching")]
    CentreAddOpened {
        today: String,
    },
    /// The coach asked for the supply against demand.
    #[cfg(feature = "matching")]
    CentreAskSupply,
    /// The worker counted the supply for a generation of the profiles.
    #[cfg(feature = "matching")]
    CentreSupply(u32, Rc<Vec<Supply>>),
    /// The coach's label for the profile at a place.
    #[cfg(feature = "matching")]
    CentreLabel {
        at: usize,
        label: String,
    },
    /// The profile at a place in the coach's view, as one opened from a
    /// file: her answers, the coach's evidence, her results.
    #[cfg(feature = "matching")]
    CentreView(usize),
    /// What the coach has seen back an answer of the profile at a place
    /// (self-assessed removes her record).
    #[cfg(feature = "matching")]
    CentreBack {
        at: usize,
        backing: crate::core::evidence::Backing,
    },
    #[cfg(feature = "matching")]
    /// A sealed list was found on this device (or brought in from a file).
    CentreFoundKept,
    #[cfg(feature = "matching")]
    /// Sealing or opening has begun.
    CentreSealing,
    #[cfg(feature = "matching")]
    /// The list is now kept encrypted on this device, as it was at this
    /// generation and annotation of the profiles.
    CentreKept {
        generation: u32,
        annotated: u32,
    },
    #[cfg(feature = "matching")]
    /// The kept list opened: its profiles join those in memory. `current`:
    /// it was kept in this version's format.
    CentreUnlocked {
        profiles: Vec<CentreProfile>,
        current: bool,
    },
    #[cfg(feature = "matching")]
    CentreStoreProblem(StoreProblem),
    #[cfg(feature = "matching")]
    /// The kept list is deleted from this device, and the list in memory
    /// with it.
    CentreForgotten,
}

/// The locale to start in and the one a wipe returns to: a saved choice
/// wins, then the browser's languages, then Swedish. Only a locale whose
/// messages are here counts (the browser entry point fetches them first);
/// one that could not be loaded starts the app in Swedish, not blank.
pub fn initial_locales(saved: Option<&str>, preferred: &[String]) -> (Locale, Locale) {
    let usable = |tag: &str| Locale::from_code(tag).filter(|l| l.is_ready());
    let default_locale = preferred
        .iter()
        .find_map(|tag| usable(tag))
        .unwrap_or(Locale::SOURCE);
    let locale = saved.and_then(usable).unwrap_or(default_locale);
    (locale, default_locale)
}

/// The locales [`initial_locales`] may pick, for fetching before start:
/// the saved choice and the browser's first language the app has.
pub fn wanted_locales(saved: Option<&str>, preferred: &[String]) -> Vec<Locale> {
    let mut wanted: Vec<Locale> = saved.and_then(Locale::from_code).into_iter().collect();
    if let Some(first) = preferred.iter().find_map(|tag| Locale::from_code(tag)) {
        if !wanted.contains(&first) {
            wanted.push(first);
        }
    }
    wanted
}

/// A saved session read back: the session, or why it could not be.
pub fn restore(saved: Option<&str>) -> (Option<Session>, Option<SessionError>) {
    match saved.map(Session::decode) {
        None => (None, None),
        Some(Ok(s)) => (Some(s), None),
        Some(Err(e)) => (None, Some(e)),
    }
}

impl AppState {
    /// Makes `demand` the page's part of the file in use, indexed once for
    /// scoring: the only way a demand file enters the state, so the two
    /// never disagree.
    pub fn use_demand(&mut self, demand: Rc<DemandFile>) {
        #[cfg(feature = "matching")]
        {
            self.indexed = Some(IndexedDemand(Rc::new(Indexed::of(demand.clone()))));
        }
        self.demand = Load::Ready(demand);
    }

    /// Whether this state needs the whole app: a page beyond the questions,
    /// a profile (code or file) or a saved session waiting to be read, or a
    /// section with a question the first screen does not carry.
    pub fn needs_whole_app(&self) -> bool {
        self.page.needs_whole_app()
            || self.profile_waiting()
            || self.saved_session.is_some()
            || self.section_beyond_first_screen()
    }

    /// A profile (code or file) waits to be opened.
    pub fn profile_waiting(&self) -> bool {
        self.pending_code.is_some() || self.pending_profile.is_some()
    }

    /// Whether the section on screen asks a question the first screen's
    /// module does not carry ([`on_first_screen`]).
    fn section_beyond_first_screen(&self) -> bool {
        let (Page::Questionnaire, Load::Ready(q), Some(session)) =
            (&self.page, &self.questionnaire, &self.session)
        else {
            return false;
        };
        match q.sections_on(session.path, asked).get(session.section) {
            Some((_, items)) => !items.iter().all(|item| on_first_screen(item)),
            // The adaptive path's ratings.
            None => session.path == Path::Adaptive,
        }
    }

    /// Whether the screen is the adaptive path's ratings: the section one
    /// past its opening.
    pub fn on_ratings(&self) -> bool {
        let (Page::Questionnaire, Load::Ready(q), Some(session)) =
            (&self.page, &self.questionnaire, &self.session)
        else {
            return false;
        };
        session.path == Path::Adaptive
            && session.section >= q.sections_on(Path::Adaptive, asked).len()
    }

    /// The adaptive path's rating on screen: the last one it asked.
    pub fn rating_on_screen(&self) -> Option<&LevelItem> {
        let (Load::Ready(q), Some(session)) = (&self.questionnaire, &self.session) else {
            return None;
        };
        match q.item(session.asked.last()?) {
            Some(Item::Level(item)) if self.on_ratings() => Some(item),
            _ => None,
        }
    }

    /// What the adaptive path's next rating is chosen from, while the
    /// seeker waits for it: her answers and the ratings asked so far.
    pub fn choice_wanted(&self) -> Option<(Answers, Vec<String>)> {
        self.waiting_for_choice()
            .map(|(answers, asked)| (answers.clone(), asked.to_vec()))
    }

    fn waiting_for_choice(&self) -> Option<(&Answers, &[String])> {
        let session = self.session.as_ref()?;
        (self.on_ratings() && (self.choosing || self.rating_on_screen().is_none()))
            .then_some((&session.answers, session.asked.as_slice()))
    }

    /// The next rating, as chosen; without a choice, the fixed short
    /// path's order (no demand file to choose from, or the worker stopped).
    fn take_choice(&mut self, choice: Option<Choice>) {
        let (Load::Ready(q), Some(session)) = (&self.questionnaire, self.session.as_mut()) else {
            return;
        };
        let choice = choice.unwrap_or_else(|| {
            let short: Vec<&str> = q
                .level_items()
                .filter(|item| item.short)
                .map(|item| item.id.as_str())
                .collect();
            adaptive::fixed_choice(&short, &session.answers, &session.asked)
        });
        self.choosing = false;
        match choice.next {
            Next::Ask(id) => {
                session.asked.push(id);
                session.about_left = Some(choice.about_left);
            }
            Next::Done(_) => self.page = Page::Results,
        }
    }

    /// Profile files into the matching centre's list: each that parses and
    /// is not there yet joins it; the others are listed with their reason.
    /// Only the whole app has the centre: the first screen carries no
    /// reader for profiles.
    #[cfg(feature = "matching")]
    fn centre_open(&mut self, files: Vec<PickedProfile>, today: &str) {
        let centre = &mut self.centre;
        // A profile is compared only with those made at the same second:
        // ten thousand are not compared each with each.
        let mut made: std::collections::HashMap<String, Vec<usize>> = Default::default();
        for (at, p) in centre.profiles.iter().enumerate() {
            made.entry(p.profile.created_at.clone())
                .or_default()
                .push(at);
        }
        for PickedProfile { file, text } in files {
            match crate::core::json::parse_profile(&text) {
                Ok(profile)
                    if made.get(&profile.created_at).is_some_and(|same| {
                        same.iter()
                            .any(|&at| centre.profiles[at].profile == profile)
                    }) =>
                {
                    centre.duplicates.push(file)
                }
                Ok(profile) => {
                    made.entry(profile.created_at.clone())
                        .or_default()
                        .push(centre.profiles.len());
                    centre.profiles.push(Rc::new(CentreProfile {
                        file,
                        label: String::new(),
                        added: today.to_owned(),
                        profile,
                    }));
                    centre.generation += 1;
                }
                Err(problems) => centre
                    .refused
                    .push((file, Refusal::of(Kind::Profile, &problems))),
            }
        }
    }

    /// The matching centre's actions. Only the whole app has the centre:
    /// the first screen's module carries none of this.
    #[cfg(feature = "matching")]
    fn apply_centre(&mut self, action: Action) {
        match action {
            Action::CentreOpened {
                read,
                unreadable,
                today,
                first,
            } => {
                if first {
                    self.centre.refused.clear();
                    self.centre.duplicates.clear();
                }
                self.centre.refused.extend(unreadable);
                self.centre_open(read, &today);
            }
            Action::CentreOccupations(list) => self.centre.occupations = Some(Rc::new(list)),
            Action::CentreNeed(id) => {
                let centre = &mut self.centre;
                centre.need = Some(id);
                centre.need_source = None;
                centre.need_refused = None;
                centre.need_edit = Beside(None);
                centre.need_version += 1;
                // Another need: its nearest first again.
                centre.show_all = false;
            }
            Action::CentreNeedOpened { file, text } => {
                let centre = &mut self.centre;
                centre.need = Some(String::new());
                centre.need_source = Some(Rc::new((file, text)));
                centre.need_refused = None;
                centre.need_edit = Beside(None);
                centre.need_made = None;
                centre.need_version += 1;
                centre.show_all = false;
            }
            Action::CentreNeedRefused {
                version,
                file,
                refusal,
            } if version.is_none_or(|v| v == self.centre.need_version) => {
                let centre = &mut self.centre;
                if version.is_some() {
                    centre.need = None;
                    centre.need_source = None;
                    centre.need_made = None;
                }
                centre.need_refused = Some((file, refusal));
            }
            Action::CentreEditNeed(edit) => {
                self.centre.need_edit = Beside(Some(edit));
                self.centre.need_version += 1;
            }
            // A need made for an earlier version is dropped.
            Action::CentreNeedMade(version, need) if version == self.centre.need_version => {
                // A need file's first occupation is named once it is read.
                if self.centre.need.as_deref() == Some("") {
                    self.centre.need = need.file.occupations.first().map(|o| o.id.clone());
                }
                self.centre.need_made = Some((version, Beside(need)));
            }
            Action::CentreShortlisted(list) => self.centre.shortlist = Some(list),
            Action::CentreRemove(at) if at < self.centre.profiles.len() => {
                self.centre.profiles.remove(at);
                self.centre.generation += 1;
            }
            Action::CentreClear => {
                self.centre.profiles.clear();
                self.centre.refused.clear();
                self.centre.duplicates.clear();
                self.centre.generation += 1;
            }
            Action::CentreWithin(within) => self.centre.within = within,
            Action::CentreShowAll => self.centre.show_all = true,
            Action::CentreOldAfter(months) => self.centre.old_after = Some(months),
            Action::CentreAddOpened { today } => {
                if let Some(opened) = self.opened.clone() {
                    let centre = &mut self.centre;
                    // A QR link has no file name: its time of making names
                    // it, in the coach's language.
                    let file = if opened.file.is_empty() {
                        let made = opened.profile.created_at.get(..16).unwrap_or_default();
                        crate::i18n::t_args(
                            self.locale,
                            "centre-qr-profile",
                            &[("made", &made.replacen('T', " ", 1))],
                        )
                    } else {
                        opened.file
                    };
                    centre.duplicates.clear();
                    if centre.profiles.iter().any(|p| p.profile == opened.profile) {
                        centre.duplicates.push(file);
                    } else {
                        centre.profiles.push(Rc::new(CentreProfile {
                            file,
                            label: String::new(),
                            added: today,
                            profile: opened.profile,
                        }));
                        centre.generation += 1;
                    }
                }
            }
            Action::CentreAskSupply => self.centre.supply_asked = true,
            Action::CentreSupply(generation, rows) => {
                self.centre.supply = Some((generation, Beside(rows)))
            }
            Action::CentreLabel { at, label } => {
                let centre = &mut self.centre;
                if let Some(profile) = centre.profiles.get_mut(at) {
                    Rc::make_mut(profile).label = label.trim().to_owned();
                    // Kept again if the list is kept; the shortlist's
                    // figures stand (the generation is the answers').
                    centre.annotated += 1;
                }
            }
            Action::CentreView(at) => {
                if let Some(p) = self.centre.profiles.get(at) {
                    let opened = Opened {
                        file: p.file.clone(),
                        profile: p.profile.clone(),
                        unread: Default::default(),
                    };
                    self.open(opened);
                }
            }
            // Beside her answers, never in them: no figure changes.
            Action::CentreBack { at, backing } => {
                let centre = &mut self.centre;
                if let Some(profile) = centre.profiles.get_mut(at) {
                    crate::core::evidence::record(
                        &mut Rc::make_mut(profile).profile.evidence,
                        backing,
                    );
                    centre.annotated += 1;
                }
            }
            // A list opened or kept here is not locked by finding it.
            Action::CentreFoundKept if self.centre.keeping == Keeping::Memory => {
                self.centre.keeping = Keeping::Locked;
            }
            Action::CentreSealing => {
                self.centre.sealing = true;
                self.centre.store_problem = None;
            }
            Action::CentreKept {
                generation,
                annotated,
            } => {
                self.centre.keeping = Keeping::Open;
                self.centre.sealing = false;
                self.centre.kept_as = Some((generation, annotated));
            }
            Action::CentreUnlocked { profiles, current } => {
                let centre = &mut self.centre;
                // A kept list has no profile twice: only those opened
                // before it are looked through (not 10,000 × 10,000).
                let before = centre.profiles.len();
                for profile in profiles {
                    if !centre.profiles[..before]
                        .iter()
                        .any(|p| p.profile == profile.profile)
                    {
                        centre.profiles.push(Rc::new(profile));
                    }
                }
                centre.generation += 1;
                centre.keeping = Keeping::Open;
                centre.sealing = false;
                // Kept as it now is, unless profiles opened before joined
                // it or it was kept in an older format.
                centre.kept_as =
                    (before == 0 && current).then_some((centre.generation, centre.annotated));
            }
            Action::CentreStoreProblem(problem) => {
                self.centre.store_problem = Some(problem);
                self.centre.sealing = false;
            }
            Action::CentreForgotten => {
                let centre = &mut self.centre;
                centre.profiles.clear();
                centre.refused.clear();
                centre.duplicates.clear();
                centre.generation += 1;
                centre.keeping = Keeping::Memory;
                centre.store_problem = None;
                centre.sealing = false;
            }
            _ => {}
        }
    }

    #[cfg(feature = "matching")]
    /// The shortlist the matching centre waits for, if any: its need, the
    /// generation of the profiles (the worker has or is sent their
    /// answers), the need's version and the rows to show.
    pub fn shortlist_wanted(&self) -> Option<(&str, u32, u32, Rows)> {
        let centre = &self.centre;
        let need = centre.need.as_deref()?;
        let made = centre.need_made.as_ref()?.0 == centre.need_version;
        let rows = centre.rows();
        let current = centre
            .shortlist_of_the_need()
            .is_some_and(|s| s.rows == rows);
        (self.page == Page::Centre && !centre.profiles.is_empty() && made && !current).then_some((
            need,
            centre.generation,
            centre.need_version,
            rows,
        ))
    }

    #[cfg(feature = "matching")]
    /// The generation of profiles whose supply against demand the centre
    /// waits for, if it does.
    pub fn supply_wanted(&self) -> Option<u32> {
        let centre = &self.centre;
        let current = centre
            .supply
            .as_ref()
            .is_some_and(|(g, _)| *g == centre.generation);
        (self.page == Page::Centre
            && centre.supply_asked
            && !centre.profiles.is_empty()
            && !current)
            .then_some(centre.generation)
    }

    #[cfg(feature = "matching")]
    /// The need the matching centre waits for the worker to make, if any:
    /// its occupation and version.
    pub fn need_wanted(&self) -> Option<(&str, u32)> {
        let centre = &self.centre;
        let need = centre.need.as_deref()?;
        let made = centre
            .need_made
            .as_ref()
            .is_some_and(|(v, _)| *v == centre.need_version);
        (self.page == Page::Centre && !made).then_some((need, centre.need_version))
    }

    /// Waits for the worker's choice, or takes the fixed order at once when
    /// no demand file will come to choose from.
    fn choose_next(&mut self) {
        self.choosing = true;
        if self.held.is_none()
            && self.demand_problem.is_some()
            && self.waiting_for_choice().is_some()
        {
            self.take_choice(None);
        }
    }

    /// The scorer of the demand file in use, once it is loaded.
    pub fn scorer(&self) -> Option<&Scorer<'_>> {
        self.indexed.as_ref().map(|i| i.0.scorer())
    }

    /// A saved choice wins; then the browser's languages; then Swedish.
    /// `saved_session` is what the phone kept from an earlier visit.
    /// With `kiosk`, nothing saved is read.
    pub fn initial(
        saved: Option<&str>,
        preferred: &[String],
        saved_session: Option<&str>,
        kiosk: bool,
        place: Option<&str>,
    ) -> AppState {
        let (saved, saved_session, place) = if kiosk {
            (None, None, None)
        } else {
            (saved, saved_session, place)
        };
        let (locale, default_locale) = initial_locales(saved, preferred);
        // The whole app reads a saved session; the first screen keeps it
        // for the whole app, with the place that goes with it.
        #[cfg(feature = "matching")]
        let ((session, restore_problem), saved_session) = (restore(saved_session), None);
        #[cfg(not(feature = "matching"))]
        let ((session, restore_problem), saved_session) =
            ((None, None), saved_session.map(str::to_owned));
        // The page the seeker was on comes back with her session; without
        // it (a kiosk, deleted answers) the app starts at the start.
        let (page, results_view) = place
            .and_then(read_place)
            .filter(|(page, _)| {
                !page.needs_session() || session.is_some() || saved_session.is_some()
            })
            .unwrap_or_default();
        AppState {
            locale,
            page,
            results_view,
            questionnaire: Load::Loading,
            job_titles: Load::Loading,
            demand: Load::Loading,
            held: None,
            listing: None,
            results_count: RESULTS_PAGE,
            demand_problem: None,
            demand_source: None,
            profile_problem: None,
            session,
            restore_problem,
            kiosk: kiosk.then(KioskConfig::default),
            default_locale,
            opened: None,
            pending_code: None,
            pending_profile: None,
            saved_session,
            update_ready: false,
            deleted: None,
            indexed: None,
            voices: 0,
            also_swedish: false,
            choosing: false,
            ahead: Vec::new(),
            #[cfg(feature = "matching")]
            centre: Centre::default(),
        }
    }

    /// Forget everything of this seeker's: a fresh start screen.
    fn wipe(&mut self) {
        self.session = None;
        self.saved_session = None;
        self.opened = None;
        self.pending_code = None;
        self.pending_profile = None;
        self.profile_problem = None;
        self.restore_problem = None;
        self.demand_problem = None;
        self.page = Page::Start;
        self.locale = self.default_locale;
        self.also_swedish = false;
        self.choosing = false;
        self.ahead.clear();
        #[cfg(feature = "matching")]
        {
            self.centre = Centre::default();
        }
        self.forget_shown();
    }

    /// The list and the occupations shown were the seeker's: the page
    /// keeps only the file's header after her.
    fn forget_shown(&mut self) {
        self.listing = None;
        self.results_count = RESULTS_PAGE;
        #[cfg(feature = "matching")]
        if let Some(held) = self.held.clone() {
            self.use_demand(Rc::new(held.file()));
        }
    }

    /// A demand file the worker now holds: its header is the page's part
    /// until the worker shows more. (Only the whole app loads demand
    /// files; the first screen carries none of this.)
    #[cfg(feature = "matching")]
    fn hold(&mut self, held: Rc<Held>, source: String, fallback: bool) {
        self.use_demand(Rc::new(held.file()));
        // The same file again keeps its list; another waits for its own,
        // and the matching centre chooses its need from the new file.
        if self.held.as_ref().is_none_or(|h| h.sha256 != held.sha256) {
            self.listing = None;
            self.centre.occupations = None;
            // A need opened from its own file stays (it is made again).
            if self.centre.need_source.is_none() {
                self.centre.need = None;
                self.centre.need_edit = Beside(None);
            }
            self.centre.need_made = None;
            self.centre.need_version += 1;
            self.centre.shortlist = None;
        }
        self.held = Some(held);
        self.demand_source = Some(source);
        if !fallback {
            self.demand_problem = None;
        }
    }

    /// The worker's answer for the page, if it is about the file in use.
    #[cfg(feature = "matching")]
    fn show(&mut self, answers: Wanted, shown: Shown) {
        if self.held.as_ref().is_none_or(|h| h.sha256 != shown.sha256) {
            return;
        }
        let Shown {
            excerpt,
            sha256,
            listed,
            count,
            total,
            fields,
            missing,
        } = shown;
        self.use_demand(Rc::new(DemandFile { sha256, ..excerpt }));
        self.listing = Some(Rc::new(Listing {
            answers,
            listed,
            count,
            total,
            fields,
            missing,
        }));
    }

    #[cfg(not(feature = "matching"))]
    fn hold(&mut self, _: Rc<Held>, _: String, _: bool) {}

    #[cfg(not(feature = "matching"))]
    fn show(&mut self, _: Wanted, _: Shown) {}

    #[cfg(feature = "matching")]
    fn open(&mut self, opened: Opened) {
        self.session = Some(Session::begin(
            &opened.profile.questionnaire.id,
            Path::Full,
            opened.profile.answers.clone(),
        ));
        self.profile_problem = None;
        self.opened = Some(opened);
        self.page = Page::Profile;
    }

    /// A questionnaire part as it goes into the state: a further language of
    /// the questionnaire loaded adds its texts to it; the first part, or one
    /// of another questionnaire or version, is the questionnaire, with the job titles
    /// if they came first. A language that fails to load leaves the
    /// questionnaire as it is (its texts show in Swedish).
    fn with_part(&self, part: Load<Questionnaire>) -> Load<Questionnaire> {
        let Load::Ready(part) = part else {
            return match &self.questionnaire {
                Load::Ready(_) => self.questionnaire.clone(),
                _ => part,
            };
        };
        let part = Rc::unwrap_or_clone(part);
        if let Load::Ready(current) = &self.questionnaire {
            if (&current.id, &current.version) == (&part.id, &part.version) {
                let mut joined = (**current).clone();
                return match joined.add_texts(part) {
                    Ok(()) => Load::Ready(Rc::new(joined)),
                    // Items that differ: a broken build; the questions stay.
                    Err(_) => self.questionnaire.clone(),
                };
            }
        }
        let mut q = part;
        if let Load::Ready(list) = &self.job_titles {
            // Titles of another version stay out: they would number jobs wrongly.
            let _ = q.add_job_titles(list);
        }
        Load::Ready(Rc::new(q))
    }

    /// A profile waiting to be opened opens, or says why it cannot: a
    /// file at once, a `#p=` code once the questionnaire and the demand
    /// file it refers to by position are here. Only the whole app opens
    /// profiles; the first screen keeps them for it.
    #[cfg(feature = "matching")]
    fn read_pending(&mut self) {
        if let Some(PickedProfile { file, text }) = self.pending_profile.take() {
            match crate::core::json::parse_profile(&text) {
                Ok(profile) => self.open(Opened {
                    file,
                    profile,
                    unread: Unread::default(),
                }),
                Err(problems) => {
                    self.profile_problem = Some(ProfileProblem::File {
                        file,
                        refusal: Refusal::of(Kind::Profile, &problems),
                    })
                }
            }
        }
    }

    #[cfg(not(feature = "matching"))]
    fn read_pending(&mut self) {}

    /// Whether a `#p=` code can be read now: it waits for the
    /// questionnaire, its job titles (jobs are places in their list) and
    /// the demand file it refers to by position.
    pub fn code_readable(&self) -> Option<&str> {
        let (Some(digits), Load::Ready(_), Some(_)) =
            (&self.pending_code, &self.questionnaire, &self.held)
        else {
            return None;
        };
        (self.job_titles != Load::Loading).then_some(digits.as_str())
    }

    /// A `#p=` code as the worker read it: it opens, or says why not.
    fn code_read(&mut self, read: Result<(Profile, Unread), (&'static str, String)>) {
        if self.pending_code.take().is_none() {
            return;
        }
        match read {
            #[cfg(feature = "matching")]
            Ok((profile, unread)) => self.open(Opened {
                file: String::new(),
                profile,
                unread,
            }),
            #[cfg(not(feature = "matching"))]
            Ok(_) => {}
            Err((key, detail)) => {
                self.profile_problem = Some(ProfileProblem::Code { key, detail });
                self.page = Page::Start;
            }
        }
    }

    /// The results list with the best matches, once the worker has
    /// answered for a page that shows them (not the questions' ask, which
    /// wants only the groups).
    pub fn listed(&self) -> Option<&Rc<Listing>> {
        self.listing.as_ref().filter(|l| l.count > 0)
    }

    /// Whether the list on screen answers what the page asks now; false
    /// for the moment between a change of filter and the worker's reply.
    #[cfg(feature = "matching")]
    pub fn listing_is_current(&self) -> bool {
        self.listing
            .as_ref()
            .zip(self.wanted())
            .is_some_and(|(listing, wanted)| listing.answers == wanted)
    }

    /// The first screen shows no list.
    #[cfg(not(feature = "matching"))]
    pub fn listing_is_current(&self) -> bool {
        true
    }

    /// What the page asks the worker for (core::listing): on the results,
    /// an explanation, the hand-over and the coach's view, the list as the
    /// seeker set it with her best matches; on the questions, only the
    /// groups of her jobs (their skills to tick), so that a tap there asks
    /// nothing. None before a file is held or a session begun.
    #[cfg(feature = "matching")]
    pub fn wanted(&self) -> Option<Wanted> {
        self.held.as_ref()?;
        let answers = &self.session.as_ref()?.answers;
        let groups = answers
            .work_history
            .iter()
            .filter_map(|job| job.ssyk.clone())
            .collect();
        if matches!(
            self.page,
            Page::Start | Page::Questionnaire | Page::AboutData
        ) {
            return Some(Wanted {
                groups,
                ..Wanted::default()
            });
        }
        let mut ids: Vec<String> = Vec::new();
        if let Page::Occupation(id) = &self.page {
            ids.push(id.clone());
        }
        if let Some(opened) = &self.opened {
            ids.extend(opened.profile.matches.iter().map(|m| m.id.clone()));
        }
        Some(Wanted {
            answers: answers.clone(),
            view: self.results_view.clone(),
            count: self.results_count,
            top: TOP,
            ids,
            groups,
        })
    }

    fn answers_mut(&mut self) -> Option<&mut Answers> {
        self.session.as_mut().map(|s| &mut s.answers)
    }

    /// How many sections the current path has: on the adaptive path, its
    /// opening and the ratings.
    pub fn section_count(&self) -> usize {
        match (&self.questionnaire, &self.session) {
            (Load::Ready(q), Some(s)) => {
                q.sections_on(s.path, asked).len() + usize::from(s.path == Path::Adaptive)
            }
            _ => 0,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

impl AppState {
    /// The reducer's work on a state of one's own (the whole app applies
    /// what it prepared before it renders, with no copy per action). An
    /// action that does not apply now leaves the state as it was.
    pub fn apply(&mut self, action: Action) {
        // The "deleted" report stays until the seeker moves on.
        let moves_on = matches!(
            action,
            Action::Begin(_) | Action::Navigate(_) | Action::ProfilePicked(_)
        );
        match action {
            Action::SetLocale(locale) => self.locale = locale,
            // The matching centre holds many people's profiles: never at
            // a kiosk, whose next seeker is a stranger.
            Action::Navigate(Page::Centre) if self.kiosk.is_some() => {}
            Action::Navigate(page) => {
                self.page = page;
                self.choosing = false;
            }
            Action::Returned(place) => {
                if let Some((page, view)) = place.as_deref().and_then(read_place) {
                    if !page.needs_session() || self.session.is_some() {
                        self.page = page;
                        self.results_view = view;
                    }
                }
            }
            Action::ResultsView(view) => self.results_view = view,
            Action::ResultsMore => self.results_count += RESULTS_PAGE,
            Action::QuestionnaireLoaded(load) => {
                let load = self.with_part(load);
                // Answers made with another questionnaire (an older version, or
                // a profile from elsewhere) are kept: they are keyed by element
                // and skill ids, not by position. Only the place in the
                // questionnaire starts over.
                if let (Load::Ready(q), Some(s)) = (&load, &mut self.session) {
                    if s.questionnaire != q.id {
                        s.questionnaire = q.id.clone();
                        s.section = 0;
                    }
                }
                self.questionnaire = load;
            }
            Action::JobTitlesLoaded(load) => {
                self.job_titles = load;
                if let (Load::Ready(list), Load::Ready(q)) = (&self.job_titles, &self.questionnaire)
                {
                    let mut q = (**q).clone();
                    match q.add_job_titles(list) {
                        Ok(()) => self.questionnaire = Load::Ready(Rc::new(q)),
                        Err(problem) => {
                            self.job_titles =
                                Load::Invalid(Refusal::of(Kind::Questionnaire, &[problem]))
                        }
                    }
                }
            }
            Action::DemandOffered {
                source,
                load,
                fallback,
            } => match load {
                Load::Ready(held) => self.hold(held, source, fallback),
                Load::Loading => {}
                Load::Unreachable(reason) => {
                    self.demand_problem = Some(DemandProblem {
                        source,
                        why: DemandTrouble::Unreachable(reason),
                    })
                }
                Load::Invalid(refusal) => {
                    self.demand_problem = Some(DemandProblem {
                        source,
                        why: DemandTrouble::Refused(refusal),
                    })
                }
            },
            Action::DismissDemandProblem => self.demand_problem = None,
            Action::Shown(wanted, shown) => self.show(*wanted, shown),
            Action::CodeRead(read) => self.code_read(read),
            Action::Begin(path) => {
                let Load::Ready(q) = &self.questionnaire else {
                    return;
                };
                self.session = Some(Session::begin(&q.id, path, Answers::default()));
                // A new questionnaire is a new person's: no profile opened
                // before (nor the coach's evidence on it) goes with it.
                self.opened = None;
                self.ahead.clear();
                self.page = Page::Questionnaire;
            }
            Action::Answer(edit) => {
                let Some(answers) = self.answers_mut() else {
                    return;
                };
                answers.apply(edit);
            }
            #[cfg(feature = "matching")]
            action @ (Action::CentreOpened { .. }
            | Action::CentreOccupations(_)
            | Action::CentreNeed(_)
            | Action::CentreEditNeed(_)
            | Action::CentreNeedMade(..)
            | Action::CentreNeedOpened { .. }
            | Action::CentreNeedRefused { .. }
            | Action::CentreShortlisted(_)
            | Action::CentreRemove(_)
            | Action::CentreClear
            | Action::CentreWithin(_)
            | Action::CentreShowAll
            | Action::CentreOldAfter(_)
            | Action::CentreLabel { .. }
            | Action::CentreBack { .. }
            | Action::CentreView(_)
            | Action::CentreAddOpened { .. }
            | Action::CentreAskSupply
            | Action::CentreSupply(..)
            | Action::CentreFoundKept
            | Action::CentreSealing
            | Action::CentreKept { .. }
            | Action::CentreUnlocked { .. }
            | Action::CentreStoreProblem(_)
            | Action::CentreForgotten) => self.apply_centre(action),
            Action::NextSection if self.on_ratings() => {
                // Back and on again returns to the ratings she came from.
                match (self.ahead.pop(), self.session.as_mut()) {
                    (Some(id), Some(session)) => {
                        session.asked.push(id);
                        session.about_left = session.about_left.map(|n| n.saturating_sub(1).max(1));
                    }
                    _ => self.choose_next(),
                }
            }
            Action::PreviousSection if self.on_ratings() => {
                self.choosing = false;
                let Some(session) = self.session.as_mut() else {
                    return;
                };
                if session.asked.len() > 1 {
                    self.ahead.extend(session.asked.pop());
                    session.about_left = session.about_left.map(|n| n + 1);
                } else {
                    session.asked.clear();
                    session.about_left = None;
                    self.ahead.clear();
                    session.section = session.section.saturating_sub(1);
                }
            }
            Action::Chosen {
                answers,
                asked,
                choice,
            } => {
                if self
                    .waiting_for_choice()
                    .is_some_and(|(a, k)| *a == *answers && k == asked.as_slice())
                {
                    self.take_choice(choice);
                }
            }
            Action::AllQuestions => {
                let Load::Ready(q) = &self.questionnaire else {
                    return;
                };
                let first_rated = q
                    .sections_on(Path::Full, asked)
                    .iter()
                    .position(|(_, items)| items.iter().any(|i| matches!(i, Item::Level(_))))
                    .unwrap_or(0);
                let Some(session) = self.session.as_mut() else {
                    return;
                };
                session.path = Path::Full;
                session.section = first_rated;
                session.asked.clear();
                session.about_left = None;
                self.choosing = false;
                self.ahead.clear();
                self.page = Page::Questionnaire;
            }
            Action::NextSection => {
                let count = self.section_count();
                let Some(session) = self.session.as_mut() else {
                    return;
                };
                if session.section + 1 < count {
                    session.section += 1;
                } else {
                    self.page = Page::Results;
                }
                if self.on_ratings() {
                    self.choose_next();
                }
            }
            Action::PreviousSection => {
                let Some(session) = self.session.as_mut() else {
                    return;
                };
                if session.section == 0 {
                    self.page = Page::Start;
                } else {
                    session.section -= 1;
                }
            }
            Action::DismissRestoreProblem => {
                self.restore_problem = None;
                self.profile_problem = None;
            }
            Action::ProfilePicked(picked) => self.pending_profile = Some(picked),
            Action::CodeOffered(digits) => self.pending_code = Some(digits),
            Action::UpdateReady => self.update_ready = true,
            Action::VoicesChanged => self.voices += 1,
            Action::AlsoSwedish(on) => self.also_swedish = on,
            Action::DeletedEverything(what) => {
                self.wipe();
                self.deleted = Some(what);
            }
            Action::ProfileProblem(problem) => self.profile_problem = Some(problem),
            Action::KioskConfigured(config) => {
                if config.enabled && self.kiosk.is_none() {
                    // A kiosk always starts clean, whatever a reload kept.
                    self.page = Page::Start;
                }
                if config.enabled || self.kiosk.is_some() {
                    self.kiosk = Some(config);
                }
            }
            Action::Wipe => self.wipe(),
            Action::StartOver => {
                self.session = None;
                self.opened = None;
                self.forget_shown();
                self.restore_problem = None;
                self.page = Page::Start;
            }
        }
        if moves_on {
            self.deleted = None;
        }
        // An explanation of an occupation the file in use lacks (one kept
        // from a picked file, which a reload does not keep) gives way to
        // the results of the file that is.
        if let (Page::Occupation(id), Some(listing)) = (&self.page, &self.listing) {
            if listing.missing.contains(id) {
                self.page = Page::Results;
            }
        }
        self.read_pending();
    }
}

/// The demand-file worker and the app's effects that ask it (app.rs),
/// played natively for the tests: a core [`Holder`] answers at once.
#[cfg(all(test, feature = "matching"))]
pub(crate) mod stand_in {
    use std::rc::Rc;

    use yew::Reducible;

    use super::{Action, AppState};
    use crate::core::held::{Ask, Holder, Reply};
    use crate::core::json::Kind;
    use crate::ui::content::{code_reading, Load, Refusal};

    pub struct Worker(Holder);

    impl Worker {
        /// A worker with the questionnaire a code numbers ratings and jobs by.
        pub fn new(questionnaire: &str) -> Worker {
            let mut holder = Holder::default();
            assert_eq!(
                holder.answer(Ask::Questionnaire, Some(questionnaire)),
                Reply::Taken
            );
            Worker(holder)
        }

        /// A demand file offered (as the bundle, an address or a picked
        /// file is), and what the app then asks.
        pub fn offer(&mut self, state: Rc<AppState>, source: &str, text: &str) -> Rc<AppState> {
            let load = match self.0.answer(Ask::Demand, Some(text)) {
                Reply::Held(held) => Load::Ready(Rc::new(held)),
                Reply::Refused(problems) => Load::Invalid(Refusal::of(Kind::Demand, &problems)),
                other => panic!("a demand file answered {other:?}"),
            };
            let state = state.reduce(Action::DemandOffered {
                source: source.into(),
                load,
                fallback: false,
            });
            self.settle(state)
        }

        /// `action`, then what the app's effects ask after it.
        pub fn reduce(&mut self, state: Rc<AppState>, action: Action) -> Rc<AppState> {
            self.settle(state.reduce(action))
        }

        /// What the app's effects ask after a change: a code read once it
        /// can be, the part of the file the page shows.
        pub fn settle(&mut self, mut state: Rc<AppState>) -> Rc<AppState> {
            if let Some(digits) = state.code_readable().map(str::to_owned) {
                let read = code_reading(Ok(self.0.answer(Ask::Decode(digits), None)));
                state = state.reduce(Action::CodeRead(read));
            }
            if let Some(wanted) = state.wanted() {
                if let Reply::Shown(shown) = self.0.answer(Ask::Show(wanted.clone()), None) {
                    state = state.reduce(Action::Shown(Box::new(wanted), shown));
                }
            }
            if let (Some((answers, asked)), Some(_), Load::Ready(q)) =
                (state.choice_wanted(), &state.held, &state.questionnaire)
            {
                let items = q.level_items().map(|i| i.id.clone()).collect();
                let ask = Ask::NextQuestion {
                    items,
                    answers: answers.clone(),
                    asked: asked.clone(),
                };
                let choice = match self.0.answer(ask, None) {
                    Reply::Next(choice) => Some(choice),
                    _ => None,
                };
                state = state.reduce(Action::Chosen {
                    answers: Box::new(answers),
                    asked,
                    choice,
                });
            }
            state
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(lang: &str) -> Load<Questionnaire> {
        let text = match lang {
            "sv" => include_str!("../../static/content/questionnaire.sv.json"),
            "ar" => include_str!("../../static/content/questionnaire.ar.json"),
            _ => unreachable!(),
        };
        Load::Ready(Rc::new(
            crate::core::json::parse_questionnaire(text).unwrap(),
        ))
    }

    fn titles() -> Load<JobTitleList> {
        let text = include_str!("../../static/content/job-titles.json");
        Load::Ready(Rc::new(crate::core::json::parse_job_titles(text).unwrap()))
    }

    fn questionnaire(state: &AppState) -> &Questionnaire {
        let Load::Ready(q) = &state.questionnaire else {
            panic!("no questionnaire")
        };
        q
    }

    /// The worker is asked for the nearest hundred that fit the filter,
    /// for everyone once the coach asks, and for the nearest again when
    /// she chooses another need (ten thousand rows are not for every need).
    #[test]
    fn the_shortlist_asked_for_is_the_nearest_until_all_are_asked_for() {
        let mut state = AppState::initial(None, &[], None, false, None);
        let rows = |within, count| Rows { within, count };
        assert_eq!(state.centre.rows(), rows(None, Some(SHOWN_AT_FIRST)));
        state.apply(Action::CentreWithin(Some(8)));
        state.apply(Action::CentreShowAll);
        assert_eq!(state.centre.rows(), rows(Some(8), None));
        state.apply(Action::CentreNeed("5321".into()));
        assert_eq!(state.centre.rows(), rows(Some(8), Some(SHOWN_AT_FIRST)));
    }

    /// The questionnaire arrives in parts: the seeker's language, the job
    /// titles, a language chosen later. In whichever order they come, the
    /// titles and the answers stay, and a language that fails to load
    /// leaves the questions in the languages already there.
    #[test]
    fn the_questionnaire_parts_come_together_in_any_order() {
        let label_in = |state: &AppState, lang: &str| {
            questionnaire(state)
                .level_items()
                .next()
                .unwrap()
                .label
                .0
                .contains_key(lang)
        };
        let start = Rc::new(AppState::initial(None, &[], None, false, None));
        let state = start
            .clone()
            .reduce(Action::QuestionnaireLoaded(part("sv")));
        assert!(questionnaire(&state).job_titles().is_empty());
        let state = state.reduce(Action::JobTitlesLoaded(titles()));
        assert_eq!(questionnaire(&state).job_titles().len(), 2412);
        assert!(!label_in(&state, "ar"));
        let state = state.reduce(Action::QuestionnaireLoaded(Load::Unreachable(
            "offline".into(),
        )));
        assert_eq!(questionnaire(&state).languages, ["sv"]);
        let state = state.reduce(Action::QuestionnaireLoaded(part("ar")));
        assert!(label_in(&state, "ar") && label_in(&state, "sv"));
        assert_eq!(questionnaire(&state).job_titles().len(), 2412);

        let titles_first = start
            .reduce(Action::JobTitlesLoaded(titles()))
            .reduce(Action::QuestionnaireLoaded(part("ar")));
        assert_eq!(questionnaire(&titles_first).job_titles().len(), 2412);
        assert!(label_in(&titles_first, "ar"));
    }

    /// Titles of another version of the questionnaire are refused, said as
    /// a problem with the questionnaire: they would give jobs in a profile
    /// code the wrong names.
    #[test]
    fn job_titles_of_another_version_are_refused() {
        let Load::Ready(list) = titles() else {
            unreachable!()
        };
        let mut older = (*list).clone();
        older.version = "0".into();
        let state = Rc::new(AppState::initial(None, &[], None, false, None))
            .reduce(Action::QuestionnaireLoaded(part("sv")))
            .reduce(Action::JobTitlesLoaded(Load::Ready(Rc::new(older))));
        assert!(questionnaire(&state).job_titles().is_empty());
        let Load::Invalid(refusal) = &state.job_titles else {
            panic!("{:?}", state.job_titles)
        };
        assert_eq!(refusal.asked, crate::core::json::Kind::Questionnaire);
    }

    #[test]
    fn before_start_only_the_saved_and_the_first_known_browser_language_are_fetched() {
        let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            wanted_locales(Some("ti"), &tags(&["de-DE", "ar-SY", "en"])),
            [Locale::Ti, Locale::Ar]
        );
        assert_eq!(wanted_locales(Some("ar"), &tags(&["ar"])), [Locale::Ar]);
        assert_eq!(wanted_locales(None, &tags(&["xx"])), []);
    }

    #[test]
    fn saved_choice_beats_browser_language_which_beats_swedish() {
        let en = vec!["en-US".to_string()];
        assert_eq!(
            AppState::initial(Some("sv"), &en, None, false, None).locale,
            Locale::Sv
        );
        assert_eq!(
            AppState::initial(None, &en, None, false, None).locale,
            Locale::En
        );
        assert_eq!(
            AppState::initial(Some("zz"), &[], None, false, None).locale,
            Locale::Sv
        );
        let unknown_first = vec!["de".to_string(), "en".to_string()];
        assert_eq!(
            AppState::initial(None, &unknown_first, None, false, None).locale,
            Locale::En
        );
    }

    #[test]
    fn switching_language_keeps_the_page_and_the_answers() {
        let mut state = AppState::initial(None, &[], None, false, None);
        state.session = Some(Session {
            section: 1,
            ..Session::begin("q", Path::Short, Answers::default())
        });
        let state = Rc::new(state).reduce(Action::Navigate(Page::Questionnaire));
        let state = state.reduce(Action::Answer(Edit::Rate {
            item: "2.A.1.a".into(),
            level: Some(2),
        }));
        let state = state.reduce(Action::SetLocale(Locale::En));
        assert_eq!(
            (state.page.clone(), state.locale),
            (Page::Questionnaire, Locale::En)
        );
        assert_eq!(
            state.session.as_ref().unwrap().answers.levels["2.A.1.a"].level,
            Some(2)
        );
    }

    const EXAMPLE_DEMAND: &str = include_str!("../../tests/fixtures/demand-example.json");
    const NATIONAL_DEMAND: &str = include_str!("../../static/content/demand-sverige.json");

    fn worker() -> stand_in::Worker {
        stand_in::Worker::new(include_str!("../../static/content/questionnaire.sv.json"))
    }

    /// After a kiosk's wipe the page holds nothing the seeker's answers
    /// made: no list and no occupations shown, only the file's header.
    #[test]
    fn a_wipe_leaves_the_page_only_the_files_header() {
        let mut worker = worker();
        let state = Rc::new(AppState::initial(None, &[], None, true, None))
            .reduce(Action::QuestionnaireLoaded(part("sv")));
        let state = worker.offer(state, "demand.json", EXAMPLE_DEMAND);
        let state = worker.reduce(state, Action::Begin(Path::Short));
        let state = worker.reduce(state, Action::Navigate(Page::Results));
        assert!(state.listing.is_some());
        assert!(matches!(&state.demand, Load::Ready(d) if !d.occupations.is_empty()));
        let state = worker.reduce(state, Action::Wipe);
        assert!(state.listing.is_none());
        assert!(matches!(&state.demand,
            Load::Ready(d) if d.occupations.is_empty() && d.skills.is_empty() && d.id == "exempel-varmland-2026"));
    }

    #[test]
    fn an_invalid_demand_file_keeps_the_previous_one() {
        let state = Rc::new(AppState::initial(None, &[], None, false, None));
        let mut worker = worker();
        let state = worker.offer(state, "a.json", EXAMPLE_DEMAND);
        let state = worker.offer(state, "b.json", &EXAMPLE_DEMAND[..200]);
        assert!(matches!(&state.demand, Load::Ready(d) if d.id == "exempel-varmland-2026"));
        assert_eq!(state.demand_problem.as_ref().unwrap().source, "b.json");
    }

    /// The adaptive path: after the opening, one rating a screen, each the
    /// worker's choice for the answers so far, until it is done; a reload
    /// comes back to the rating on screen; back goes to the one before.
    #[test]
    fn the_adaptive_path_asks_one_chosen_rating_at_a_time_until_done() {
        let mut worker = worker();
        let state = Rc::new(AppState::initial(None, &[], None, false, None))
            .reduce(Action::QuestionnaireLoaded(part("sv")));
        let state = worker.offer(state, "demand-sverige.json", NATIONAL_DEMAND);
        let mut state = worker.reduce(state, Action::Begin(Path::Adaptive));
        let opening = questionnaire(&state)
            .sections_on(Path::Adaptive, asked)
            .len();
        assert!(opening > 0 && state.section_count() == opening + 1);
        for _ in 0..opening {
            assert!(!state.on_ratings());
            state = worker.reduce(state, Action::NextSection);
        }
        assert!(state.on_ratings());
        let first = state.rating_on_screen().expect("a first rating").id.clone();
        let session = state.session.as_ref().unwrap();
        assert_eq!(session.asked, std::slice::from_ref(&first));
        let left = session.about_left.unwrap();
        assert!((1..=adaptive::MAX_RATINGS).contains(&left), "{left}");

        // While she waits for the next rating, a choice made for answers
        // that have since changed is dropped.
        let waiting = state.clone().reduce(Action::NextSection);
        let (answers, asked) = waiting.choice_wanted().expect("waiting for a choice");
        let changed = Answers {
            education: Some(7),
            ..answers
        };
        let stale = waiting.clone().reduce(Action::Chosen {
            answers: Box::new(changed),
            asked,
            choice: Some(Choice {
                next: Next::Ask("2.C.7.d".into()),
                about_left: 3,
            }),
        });
        assert_eq!(stale, waiting);

        // A reload comes back to the same rating, and back goes to the one
        // before it, its answer kept.
        state = worker.reduce(
            state,
            Action::Answer(Edit::Rate {
                item: first.clone(),
                level: Some(3),
            }),
        );
        state = worker.reduce(state, Action::NextSection);
        let second = state
            .rating_on_screen()
            .expect("a second rating")
            .id
            .clone();
        assert_ne!(second, first);
        let saved = state.session.as_ref().unwrap().encode();
        let restored = Rc::new(AppState::initial(None, &[], Some(&saved), false, None))
            .reduce(Action::QuestionnaireLoaded(part("sv")))
            .reduce(Action::Navigate(Page::Questionnaire));
        assert_eq!(restored.rating_on_screen().map(|i| &i.id), Some(&second));
        state = worker.reduce(state, Action::PreviousSection);
        assert_eq!(state.rating_on_screen().map(|i| &i.id), Some(&first));
        state = worker.reduce(state, Action::NextSection);
        assert_eq!(state.rating_on_screen().map(|i| &i.id), Some(&second));

        // On to the end: never an item twice, never past the limit.
        let mut seen = vec![first];
        state = worker.reduce(state, Action::NextSection);
        while state.page == Page::Questionnaire {
            let id = state.rating_on_screen().expect("a rating").id.clone();
            assert!(!seen.contains(&id), "{id} asked twice");
            seen.push(id.clone());
            assert!(seen.len() <= adaptive::MAX_RATINGS);
            state = worker.reduce(
                state,
                Action::Answer(Edit::Rate {
                    item: id,
                    level: Some(2),
                }),
            );
            state = worker.reduce(state, Action::NextSection);
        }
        assert_eq!(state.page, Page::Results);
    }

    /// A reply for other ratings asked is dropped; with no demand file
    /// to choose from, the fixed short path's order is asked at once; and
    /// the seeker can go on to every question, her answers kept.
    #[test]
    fn the_adaptive_path_without_a_file_asks_the_fixed_order_and_leads_on_to_all() {
        let mut worker = worker();
        let state = Rc::new(AppState::initial(None, &[], None, false, None))
            .reduce(Action::QuestionnaireLoaded(part("sv")));
        let state = worker.offer(state, "broken.json", &EXAMPLE_DEMAND[..200]);
        assert!(state.held.is_none() && state.demand_problem.is_some());
        let mut state = worker.reduce(state, Action::Begin(Path::Adaptive));
        while !state.on_ratings() {
            state = worker.reduce(state, Action::NextSection);
        }
        let first_short = questionnaire(&state)
            .level_items()
            .find(|i| i.short)
            .unwrap()
            .id
            .clone();
        assert_eq!(state.rating_on_screen().map(|i| &i.id), Some(&first_short));
        let stale = state.clone().reduce(Action::Chosen {
            answers: Box::default(),
            asked: vec!["not-this".into()],
            choice: Some(Choice {
                next: Next::Ask("2.A.1.a".into()),
                about_left: 3,
            }),
        });
        assert_eq!(stale, state);
        state = worker.reduce(
            state,
            Action::Answer(Edit::Rate {
                item: first_short.clone(),
                level: Some(4),
            }),
        );
        state = worker.reduce(state, Action::AllQuestions);
        let session = state.session.as_ref().unwrap();
        assert_eq!(session.path, Path::Full);
        assert!(session.asked.is_empty());
        assert_eq!(session.answers.levels[&first_short].level, Some(4));
        let sections = questionnaire(&state).sections_on(Path::Full, asked);
        assert!(sections[session.section]
            .1
            .iter()
            .any(|i| matches!(i, Item::Level(_))));
    }

    /// A saved session at the start of the short path.
    fn saved_session() -> String {
        Session::begin("q", Path::Short, Answers::default()).encode()
    }

    #[test]
    fn a_reload_comes_back_to_the_page_and_the_results_view_it_kept() {
        let saved = saved_session();
        let view = ResultsView {
            sort: Sort::Readiness,
            field: "Hälso- och sjukvård".into(),
            in_demand_only: true,
        };
        for page in [
            Page::Results,
            Page::Occupation("5321".into()),
            Page::Handover,
            Page::Questionnaire,
        ] {
            let place = place_of(&page, &view);
            let state = AppState::initial(None, &[], Some(&saved), false, Some(&place));
            assert_eq!(state.page, page, "{place:?}");
            if page == Page::Results {
                assert_eq!(state.results_view, view);
            }
        }
        // Without the session they show, or at a kiosk, it starts clean.
        let place = place_of(&Page::Results, &view);
        assert_eq!(
            AppState::initial(None, &[], None, false, Some(&place)).page,
            Page::Start
        );
        assert_eq!(
            AppState::initial(None, &[], Some(&saved), true, Some(&place)).page,
            Page::Start
        );
        // The coach's view is never kept: its profile lives in memory only.
        assert_eq!(Page::Profile.place(), "start");
        assert_eq!(read_place("something else"), None);
    }

    #[test]
    fn back_returns_to_the_place_history_kept() {
        let saved = saved_session();
        let state = Rc::new(AppState::initial(None, &[], Some(&saved), false, None));
        let state = state.reduce(Action::Navigate(Page::Occupation("5321".into())));
        let state = state.reduce(Action::Returned(Some(place_of(
            &Page::Results,
            &ResultsView::default(),
        ))));
        assert_eq!(state.page, Page::Results);
        let state = state.reduce(Action::Returned(Some("nonsense".into())));
        assert_eq!(
            state.page,
            Page::Results,
            "an unknown place changes nothing"
        );
        // An explanation the file in use lacks gives way to its results,
        // once the worker has said so.
        let mut worker = worker();
        let state = state.reduce(Action::Navigate(Page::Occupation("5321".into())));
        let state = worker.offer(state, "example", EXAMPLE_DEMAND);
        assert_eq!(state.page, Page::Results);
        let state = worker.reduce(
            state,
            Action::Navigate(Page::Occupation("ssyk-5321".into())),
        );
        assert_eq!(state.page, Page::Occupation("ssyk-5321".into()));
        assert!(matches!(&state.demand, Load::Ready(d) if d.index_of("ssyk-5321").is_some()));
    }

    #[test]
    fn a_new_filter_leaves_the_list_busy_until_the_worker_answers_it() {
        let saved = saved_session();
        let state = Rc::new(AppState::initial(None, &[], Some(&saved), false, None));
        let mut worker = worker();
        let state = worker.reduce(state, Action::Navigate(Page::Results));
        let state = worker.offer(state, "example", EXAMPLE_DEMAND);
        assert!(state.listed().is_some() && state.listing_is_current());
        let filtered = ResultsView {
            in_demand_only: true,
            ..ResultsView::default()
        };
        // The reducer alone: the worker has not answered yet.
        let asked = state.reduce(Action::ResultsView(filtered));
        assert!(
            !asked.listing_is_current(),
            "the old list is on its way out"
        );
        let answered = worker.settle(asked);
        assert!(answered.listing_is_current());
    }

    #[test]
    fn a_kiosk_reads_nothing_saved_and_a_wipe_forgets_everything() {
        let saved = Session {
            section: 3,
            ..Session::begin("q", Path::Short, Answers::default())
        }
        .encode();
        let state = AppState::initial(Some("en"), &["sv".into()], Some(&saved), true, None);
        assert!(state.session.is_none() && state.locale == Locale::Sv && state.kiosk.is_some());
        let mut state = AppState::initial(None, &[], Some(&saved), false, None);
        state.locale = Locale::En;
        state.page = Page::Results;
        let state = Rc::new(state).reduce(Action::Wipe);
        assert!(state.session.is_none());
        assert_eq!(
            (state.page.clone(), state.locale),
            (Page::Start, Locale::Sv)
        );
    }

    #[test]
    fn a_kiosk_never_opens_the_matching_centre() {
        // Many people's profiles in one place are a coach's, never a
        // shared computer's, whose next user is a stranger: not by a tap,
        // not by a place the browser kept.
        let kiosk = Rc::new(AppState::initial(None, &[], None, true, Some("centre")));
        assert_eq!(kiosk.page, Page::Start);
        let kiosk = kiosk.reduce(Action::Navigate(Page::Centre));
        assert_eq!(kiosk.page, Page::Start);
        // A coach's browser opens it; kiosk.json switched on takes the
        // page back to the start, where the centre is not offered.
        let coach = Rc::new(AppState::initial(None, &[], None, false, None));
        let coach = coach.reduce(Action::Navigate(Page::Centre));
        assert_eq!(coach.page, Page::Centre);
        let configured = KioskConfig {
            enabled: true,
            ..KioskConfig::default()
        };
        let now_a_kiosk = coach.reduce(Action::KioskConfigured(configured));
        assert_eq!(now_a_kiosk.page, Page::Start);
        assert_eq!(
            now_a_kiosk.reduce(Action::Navigate(Page::Centre)).page,
            Page::Start
        );
    }

    #[test]
    fn answers_from_another_questionnaire_are_kept_when_it_loads() {
        let q = crate::core::json::parse_questionnaire(include_str!(
            "../../tests/fixtures/questionnaire-example.json"
        ))
        .unwrap();
        let answers = Answers {
            education: Some(3),
            ..Answers::default()
        };
        let mut state = AppState::initial(None, &[], None, false, None);
        state.session = Some(Session {
            section: 4,
            ..Session::begin("older", Path::Full, answers)
        });
        let state = Rc::new(state).reduce(Action::QuestionnaireLoaded(Load::Ready(Rc::new(q))));
        let session = state.session.as_ref().unwrap();
        assert_eq!(
            (
                session.questionnaire.as_str(),
                session.section,
                session.answers.education
            ),
            ("exempel", 0, Some(3))
        );
    }

    #[test]
    fn a_corrupt_saved_session_is_reported_not_restored() {
        let state = AppState::initial(None, &[], Some("{\"version\":1,"), false, None);
        assert!(state.session.is_none());
        assert!(matches!(
            state.restore_problem,
            Some(SessionError::Unreadable(_))
        ));
    }

    /// A profile opened from a QR link has no file name: the centre's list
    /// names it by its time of making, in the coach's language.
    #[cfg(feature = "matching")]
    #[test]
    fn a_profile_from_a_qr_link_is_named_in_the_coachs_language() {
        let profile = crate::core::json::parse_profile(include_str!(
            "../../tests/fixtures/profile-example.json"
        ))
        .unwrap();
        for (locale, name) in [
            (Locale::Sv, "Profil från QR-kod"),
            (Locale::En, "Profile from a QR code"),
        ] {
            let mut state = AppState::initial(None, &[], None, false, None);
            state.locale = locale;
            state.opened = Some(Opened {
                file: String::new(),
                profile: profile.clone(),
                unread: Default::default(),
            });
            state.apply(Action::CentreAddOpened {
                today: "2026-12-07".to_owned(),
            });
            let made = profile.created_at.get(..16).unwrap().replacen('T', " ", 1);
            let file = state.centre.profiles[0]
                .file
                .replace(['\u{2068}', '\u{2069}'], "");
            assert_eq!(file, format!("{name} {made}"));
        }
    }
}
