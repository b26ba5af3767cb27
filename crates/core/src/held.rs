//! The demand file held apart from the page (the app's demand-file
//! worker): what the page asks of it and what it answers, as text both
//! ways. The worker keeps the whole file, indexed once, and the Swedish
//! questionnaire a profile code numbers its ratings and jobs by; it keeps
//! nothing of a seeker's between two asks, so a kiosk's wipe leaves it
//! nothing to forget. The one exception is the matching centre's (never
//! at a kiosk): the answers of the coach's list, sent once for each
//! version of it, so that a need chosen or changed asks for a ranking, not
//! for thousands of answers to be copied again; an emptied list empties
//! them. The page keeps only the header and the excerpt it shows, so its
//! memory and its tasks do not grow with the file.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::adaptive::{Choice, Chooser};
use crate::answers::Answers;
use crate::demand::DemandFile;
use crate::json;
use crate::listing::{show, Shown, Wanted};
use crate::need::{NeedEdit, NeedFile};
use crate::profile::Profile;
use crate::profile_code::{self, CodeError, Unread};
use crate::qr::{self, Drawing};
use crate::questionnaire::{GroupName, JobTitleList, Questionnaire};
use crate::scoring::{Indexed, Scorer};
use crate::shortlist::{self, NeedList};
use crate::text::Text;
use crate::validation::Problem;

/// What the page asks. The text of a file to take comes beside the ask,
/// not in it, so a 40 MB file is never quoted into JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
// An ask lives for one message, made and sent at once: boxing its larger
// variants would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Ask {
    /// Use the demand file whose text comes with the ask.
    Demand,
    /// Describe the demand file whose text comes with the ask (its header
    /// and size, as `Demand` answers), keeping the one held.
    Describe,
    /// The questionnaire (its Swedish part) whose text comes with the ask.
    Questionnaire,
    /// The job titles whose text comes with the ask.
    JobTitles,
    /// The list and the occupations a page shows.
    Show(Wanted),
    /// A profile as the digits of its QR code, and the code drawn for the
    /// link that is `link` followed by the digits.
    Encode { profile: Profile, link: String },
    /// The digits of a QR code as a profile.
    Decode(String),
    /// The adaptive short path's next rating (core::adaptive) for
    /// `answers`: `items` are the questionnaire's level items in order,
    /// `asked` those the path has asked.
    NextQuestion {
        items: Vec<String>,
        answers: Answers,
        asked: Vec<String>,
    },
    /// The file's occupations to choose a need from: id and label.
    Occupations,
    /// The names of the file's occupation groups in `lang`, for a seeker
    /// who searches for her jobs in her own language (the job titles are
    /// Swedish only): those the file names in `lang`, no Swedish stand-in.
    GroupNames { lang: String },
    /// A piece of the matching centre's seekers (their answers, in the
    /// list's order) for the shortlist and the supply to rank: a list is
    /// sent once for each generation, a piece a task, `first` the place of
    /// the piece's first seeker. A piece held already is not taken again
    /// (two asks may send the same list); a new generation starts at 0 and
    /// replaces the one held, and an empty piece at 0 empties it.
    Seekers {
        generation: u32,
        first: usize,
        seekers: Vec<Answers>,
    },
    /// The matching centre's seekers (as sent: `Ask::Seekers`) against the
    /// need `occupation` (core::shortlist); `municipality` is where the
    /// work is.
    Shortlist {
        occupation: String,
        seekers: SeekersSent,
        /// What of the list to send (core::shortlist::Rows).
        rows: shortlist::Rows,
        municipality: Option<String>,
        /// A need file (core::need) to rank against instead of the file
        /// held: its text, read as every demand file is.
        #[serde(default)]
        need: Option<String>,
    },
    /// The seekers against every occupation in shortage in the held file
    /// (core::shortlist::supply), near meaning within `weeks` of training.
    Supply { seekers: SeekersSent, weeks: u32 },
    /// An employer's need made from the held file's `occupation`, as it
    /// is (`edit` None) or edited, on `today`.
    MakeNeed {
        occupation: String,
        edit: Option<NeedEdit>,
        today: String,
        /// A need file the coach opened (its text, read as every demand
        /// file is) to make it from, in place of the file held; an empty
        /// `occupation` is its first. Unedited, its employer and place are
        /// the file's.
        #[serde(default)]
        source: Option<String>,
    },
}

/// The answer to an [`Ask`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Reply {
    /// The demand file is in use.
    Held(Held),
    /// A file was not taken, and why; the one held before stays.
    Refused(Vec<Problem>),
    /// The questionnaire or the job titles were taken.
    Taken,
    Shown(Shown),
    /// A profile's code: its digits, and the QR code of the link (None if
    /// the link is too long for one).
    Code {
        digits: String,
        qr: Option<Drawing>,
    },
    Decoded {
        profile: Profile,
        unread: Unread,
    },
    /// A code that cannot be read: one from a newer app, or not a code.
    CodeRefused {
        newer: bool,
        detail: String,
    },
    /// The adaptive path's next rating, and about how many are left.
    Next(Choice),
    /// The file's occupations, in its order.
    Occupations(Vec<Occupation>),
    /// The occupation groups' names in the language asked, in the file's
    /// order.
    GroupNames(Vec<GroupName>),
    /// The seekers against a need, the readiest first, with the trainings
    /// their routes name; None when the file has no such occupation.
    Shortlist(Option<NeedList>),
    /// The supply against the demand, most near first.
    Supply(Vec<shortlist::Supply>),
    /// The need made; None when the file has no such occupation.
    Need(Option<Box<NeedFile>>),
    /// Asked before the file it needs was taken.
    NotYet,
    /// Asked for seekers not (all) held: send them (`Ask::Seekers`) and
    /// ask again.
    Unsent,
}

/// The matching centre's list an ask ranks: the generation sent and how
/// many seekers it has, so a list not wholly sent is never ranked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeekersSent {
    pub generation: u32,
    pub count: usize,
}

/// An occupation a need can be made from: its id and label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    pub id: String,
    pub label: Text,
}

/// What a page keeps of the file held: its header (the file with no
/// occupations or skills: title, publisher, dates, sources, elements,
/// trainings, the hash) and how many occupations and skills it has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Held {
    pub header: DemandFile,
    /// The file's hash, which the header keeps as its identity (the file's
    /// own serde form leaves it out: it is never written in a file).
    pub sha256: String,
    pub occupations: usize,
    pub skills: usize,
}

impl Held {
    pub fn of(demand: &DemandFile) -> Held {
        Held {
            header: demand.excerpt(&[]),
            sha256: demand.sha256.clone(),
            occupations: demand.occupations.len(),
            skills: demand.skills.len(),
        }
    }

    /// The header with the whole file's identity, as a page holds it.
    pub fn file(&self) -> DemandFile {
        DemandFile {
            sha256: self.sha256.clone(),
            ..self.header.clone()
        }
    }
}

/// The worker's side: the files it holds, and the one function that
/// answers every ask.
#[derive(Default)]
pub struct Holder {
    demand: Option<Indexed>,
    /// The adaptive path's table for the file held and the items it was
    /// made for: the file's, no seeker's.
    chooser: Option<(Vec<String>, Chooser)>,
    questionnaire: Option<Questionnaire>,
    titles: Option<JobTitleList>,
    /// The matching centre's seekers and their generation (Ask::Seekers).
    seekers: (u32, Vec<Answers>),
}

impl Holder {
    /// The seekers sent as `sent` names them, if all are here.
    fn seekers(&self, sent: SeekersSent) -> Option<Vec<&Answers>> {
        let (generation, seekers) = &self.seekers;
        (*generation == sent.generation && seekers.len() == sent.count)
            .then(|| seekers.iter().collect())
    }

    pub fn answer(&mut self, ask: Ask, text: Option<&str>) -> Reply {
        let text = text.unwrap_or_default();
        match ask {
            Ask::Seekers {
                generation,
                first,
                seekers,
            } => {
                let (held_generation, held) = &mut self.seekers;
                if first == 0 && (*held_generation != generation || seekers.is_empty()) {
                    *held_generation = generation;
                    held.clear();
                }
                if *held_generation != generation || first > held.len() {
                    return Reply::Unsent;
                }
                // The same generation is the same list: a piece sent twice
                // adds only what was not here.
                let new = (first + seekers.len()).saturating_sub(held.len());
                let skip = seekers.len() - new;
                held.extend(seekers.into_iter().skip(skip));
                Reply::Taken
            }
            Ask::Demand => match json::parse_demand(text) {
                Ok(demand) => {
                    let held = Held::of(&demand);
                    self.demand = Some(Indexed::of(Rc::new(demand)));
                    self.chooser = None;
                    Reply::Held(held)
                }
                Err(problems) => Reply::Refused(problems),
            },
            Ask::Describe => match json::parse_demand(text) {
                Ok(demand) => Reply::Held(Held::of(&demand)),
                Err(problems) => Reply::Refused(problems),
            },
            Ask::Questionnaire => match json::parse_questionnaire(text) {
                Ok(mut q) => {
                    if let Some(titles) = &self.titles {
                        // Titles of another version stay out, as on the page.
                        let _ = q.add_job_titles(titles);
                    }
                    self.questionnaire = Some(q);
                    Reply::Taken
                }
                Err(problems) => Reply::Refused(problems),
            },
            Ask::JobTitles => match json::parse_job_titles(text) {
                Ok(titles) => {
                    if let Some(q) = &mut self.questionnaire {
                        let _ = q.add_job_titles(&titles);
                    }
                    self.titles = Some(titles);
                    Reply::Taken
                }
                Err(problems) => Reply::Refused(problems),
            },
            Ask::Show(wanted) => match &self.demand {
                Some(indexed) => Reply::Shown(show(indexed.scorer(), &wanted)),
                None => Reply::NotYet,
            },
            Ask::Encode { profile, link } => match (&self.questionnaire, &self.demand) {
                (Some(q), Some(indexed)) => {
                    let digits = profile_code::to_digits(&profile_code::encode(
                        &profile,
                        q,
                        indexed.demand(),
                    ));
                    let qr = qr::draw(&format!("{link}{digits}"));
                    Reply::Code { digits, qr }
                }
                _ => Reply::NotYet,
            },
            Ask::NextQuestion {
                items,
                answers,
                asked,
            } => match &self.demand {
                Some(indexed) => {
                    let scorer = indexed.scorer();
                    if self
                        .chooser
                        .as_ref()
                        .is_none_or(|(made_for, _)| *made_for != items)
                    {
                        let ids: Vec<&str> = items.iter().map(String::as_str).collect();
                        let chooser = Chooser::new(scorer, &ids);
                        self.chooser = Some((items, chooser));
                    }
                    let (_, chooser) = self.chooser.as_ref().expect("made above");
                    Reply::Next(chooser.choose(scorer, &answers, &asked))
                }
                None => Reply::NotYet,
            },
            Ask::Occupations => match &self.demand {
                Some(indexed) => Reply::Occupations(
                    indexed
                        .demand()
                        .occupations
                        .iter()
                        .map(|o| Occupation {
                            id: o.id.clone(),
                            label: o.label.clone(),
                        })
                        .collect(),
                ),
                None => Reply::NotYet,
            },
            Ask::GroupNames { lang } => match &self.demand {
                Some(indexed) => Reply::GroupNames(
                    indexed
                        .demand()
                        .occupations
                        .iter()
                        .filter_map(|o| {
                            let name = o.label.get(&lang);
                            Some(GroupName {
                                ssyk: o.ssyk.clone()?,
                                name: (!name.fallback).then(|| name.text.to_owned())?,
                            })
                        })
                        .collect(),
                ),
                None => Reply::NotYet,
            },
            Ask::Shortlist {
                occupation,
                seekers,
                rows,
                municipality,
                need: Some(text),
            } => match (json::parse_demand(&text), self.seekers(seekers)) {
                (_, None) => Reply::Unsent,
                (Ok(need), Some(seekers)) => {
                    let scorer = Scorer::new(&need);
                    // Where the work is: asked, or the need's own place.
                    let municipality = municipality.or_else(|| need.region.municipality.clone());
                    Reply::Shortlist(need.index_of(&occupation).map(|at| {
                        NeedList::of(
                            shortlist::shortlist(&scorer, at, &seekers, municipality.as_deref()),
                            &need,
                            at,
                        )
                        .cut(rows)
                    }))
                }
                (Err(problems), _) => Reply::Refused(problems),
            },
            Ask::Supply { seekers, weeks } => match (&self.demand, self.seekers(seekers)) {
                (None, _) => Reply::NotYet,
                (_, None) => Reply::Unsent,
                (Some(indexed), Some(seekers)) => {
                    Reply::Supply(shortlist::supply(indexed.scorer(), &seekers, weeks))
                }
            },
            Ask::MakeNeed {
                occupation,
                edit,
                today,
                source: Some(text),
            } => match json::parse_demand(&text) {
                Ok(file) => {
                    let at = if occupation.is_empty() {
                        (!file.occupations.is_empty()).then_some(0)
                    } else {
                        file.index_of(&occupation)
                    };
                    Reply::Need(at.map(|at| {
                        let edit = edit.unwrap_or_else(|| NeedEdit::of_need_file(&file, at));
                        Box::new(NeedFile::make(&file, at, Some(edit), &today))
                    }))
                }
                Err(problems) => Reply::Refused(problems),
            },
            Ask::MakeNeed {
                occupation,
                edit,
                today,
                source: None,
            } => match &self.demand {
                Some(indexed) => Reply::Need(
                    indexed
                        .demand()
                        .index_of(&occupation)
                        .map(|at| Box::new(NeedFile::make(indexed.demand(), at, edit, &today))),
                ),
                None => Reply::NotYet,
            },
            Ask::Shortlist {
                occupation,
                seekers,
                rows,
                municipality,
                need: None,
            } => match (&self.demand, self.seekers(seekers)) {
                (None, _) => Reply::NotYet,
                (_, None) => Reply::Unsent,
                (Some(indexed), Some(seekers)) => {
                    let scorer = indexed.scorer();
                    let at = indexed.demand().index_of(&occupation);
                    Reply::Shortlist(at.map(|at| {
                        NeedList::of(
                            shortlist::shortlist(scorer, at, &seekers, municipality.as_deref()),
                            indexed.demand(),
                            at,
                        )
                        .cut(rows)
                    }))
                }
            },
            Ask::Decode(digits) => match (&self.questionnaire, &self.demand) {
                (Some(q), Some(indexed)) => match profile_code::from_digits(&digits)
                    .and_then(|bytes| profile_code::decode(&bytes, q, indexed.demand()))
                {
                    Ok((profile, unread)) => Reply::Decoded { profile, unread },
                    Err(e) => Reply::CodeRefused {
                        newer: matches!(e, CodeError::UnknownVersion(_)),
                        detail: e.to_string(),
                    },
                },
                _ => Reply::NotYet,
            },
        }
    }

    /// An ask as text, answered as text: the worker's whole interface. An
    /// ask that cannot be read is a broken build, answered as refused.
    pub fn answer_text(&mut self, ask: &str, text: Option<&str>) -> String {
        let reply = match serde_json::from_str(ask) {
            Ok(ask) => self.answer(ask, text),
            Err(e) => Reply::Refused(vec![Problem::new("", e.to_string())]),
        };
        serde_json::to_string(&reply).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listing::View;

    const NATIONAL: &str = include_str!("../../../static/content/demand-sverige.json");
    const QUESTIONNAIRE: &str = include_str!("../../../static/content/questionnaire.sv.json");
    const TITLES: &str = include_str!("../../../static/content/job-titles.json");

    fn ask(holder: &mut Holder, ask: &Ask, text: Option<&str>) -> Reply {
        let wire = holder.answer_text(&serde_json::to_string(ask).unwrap(), text);
        serde_json::from_str(&wire).unwrap()
    }

    fn holding() -> Holder {
        let mut holder = Holder::default();
        assert_eq!(
            ask(&mut holder, &Ask::Questionnaire, Some(QUESTIONNAIRE)),
            Reply::Taken
        );
        assert_eq!(
            ask(&mut holder, &Ask::JobTitles, Some(TITLES)),
            Reply::Taken
        );
        holder
    }

    /// The page's whole conversation with the worker, as text: the file
    /// held (its header and size, not its occupations), the nurse's list
    /// led by her own group, and her profile's code read back as she gave
    /// it. Asks before the file say so rather than answer from nothing.
    #[test]
    fn the_page_is_answered_from_the_file_held() {
        let mut holder = holding();
        let nurse_file = json::parse_demand(NATIONAL).unwrap();
        let answers = crate::demand::excerpt::tests::answers(&nurse_file);
        let wanted = Wanted {
            answers: answers.clone(),
            view: View::default(),
            count: 10,
            top: 5,
            ids: Vec::new(),
            groups: vec!["5321".into()],
        };
        assert_eq!(
            ask(&mut holder, &Ask::Show(wanted.clone()), None),
            Reply::NotYet
        );

        let Reply::Held(held) = ask(&mut holder, &Ask::Demand, Some(NATIONAL)) else {
            panic!("the national file was not held")
        };
        assert_eq!(held.occupations, nurse_file.occupations.len());
        assert_eq!(held.skills, nurse_file.skills.len());
        assert!(held.header.occupations.is_empty() && held.header.skills.is_empty());
        assert_eq!(held.file().sha256, nurse_file.sha256);

        let Reply::Shown(shown) = ask(&mut holder, &Ask::Show(wanted), None) else {
            panic!("no list")
        };
        let file = shown.clone().into_file();
        let top: Vec<_> = shown
            .listed
            .iter()
            .take(5)
            .map(|r| file.occupations[r.index].ssyk.clone())
            .collect();
        assert!(top.contains(&Some("5321".into())), "{top:?}");

        let q = json::parse_questionnaire(QUESTIONNAIRE).unwrap();
        let scorer = crate::scoring::Scorer::new(&file);
        let profile = Profile::assemble(
            &answers,
            &q,
            &scorer,
            "2026-12-03T10:00:00Z".into(),
            "sv",
            5,
        );
        let encode = Ask::Encode {
            profile: profile.clone(),
            link: "https://example.org/#p=".into(),
        };
        let Reply::Code {
            digits,
            qr: Some(qr),
        } = ask(&mut holder, &encode, None)
        else {
            panic!("no code")
        };
        assert_eq!(
            Some(qr),
            qr::draw(&format!("https://example.org/#p={digits}"))
        );
        let Reply::Decoded {
            profile: read,
            unread,
        } = ask(&mut holder, &Ask::Decode(digits), None)
        else {
            panic!("the code was not read")
        };
        assert_eq!(unread, Unread::default());
        assert_eq!(read.answers, profile.answers);
        assert_eq!(read.demand.sha256, nurse_file.sha256);
    }

    /// A seeker who writes in her own language finds her occupation group
    /// by its name there; a language the file does not name groups in
    /// gives none (never the Swedish under another language's flag).
    #[test]
    fn the_groups_names_come_in_the_language_asked_only() {
        let mut holder = Holder::default();
        let en = Ask::GroupNames { lang: "en".into() };
        assert_eq!(ask(&mut holder, &en, None), Reply::NotYet);
        assert!(matches!(
            ask(&mut holder, &Ask::Demand, Some(NATIONAL)),
            Reply::Held(_)
        ));
        let Reply::GroupNames(names) = ask(&mut holder, &en, None) else {
            panic!("no names");
        };
        assert_eq!(names.len(), 400);
        let welders = names.iter().find(|g| g.ssyk == "7212").unwrap();
        assert_eq!(welders.name, "Welders and flame cutters");
        let found = crate::questionnaire::search(&names, |g| &g.name, "welder", 5);
        assert_eq!(found.first().map(|g| g.ssyk.as_str()), Some("7212"));
        let so = Ask::GroupNames { lang: "so".into() };
        let Reply::GroupNames(somali) = ask(&mut holder, &so, None) else {
            panic!("no names");
        };
        assert!(somali.iter().all(|g| g.name != welders.name));
        let de = Ask::GroupNames { lang: "de".into() };
        assert_eq!(ask(&mut holder, &de, None), Reply::GroupNames(Vec::new()));
    }

    /// The matching centre asks the worker for the file's occupations and
    /// for its seekers against one of them: the same list the core gives.
    #[test]
    fn a_need_is_chosen_from_the_files_occupations_and_its_seekers_ranked_there() {
        let mut holder = holding();
        assert_eq!(ask(&mut holder, &Ask::Occupations, None), Reply::NotYet);
        assert!(matches!(
            ask(&mut holder, &Ask::Demand, Some(NATIONAL)),
            Reply::Held(_)
        ));
        let Reply::Occupations(occupations) = ask(&mut holder, &Ask::Occupations, None) else {
            panic!("no occupations");
        };
        let national = json::parse_demand(NATIONAL).unwrap();
        assert_eq!(occupations.len(), national.occupations.len());
        let nurse = crate::demand::excerpt::tests::answers(&national);
        let sent = SeekersSent {
            generation: 1,
            count: 2,
        };
        let need = |occupation: &str| Ask::Shortlist {
            occupation: occupation.into(),
            seekers: sent,
            rows: shortlist::Rows::default(),
            municipality: None,
            need: None,
        };
        assert_eq!(ask(&mut holder, &need("5321"), None), Reply::Unsent);
        let send = Ask::Seekers {
            generation: 1,
            first: 0,
            seekers: vec![Answers::default(), nurse.clone()],
        };
        assert_eq!(ask(&mut holder, &send, None), Reply::Taken);
        let Reply::Shortlist(Some(list)) = ask(&mut holder, &need("5321"), None) else {
            panic!("no shortlist");
        };
        let scorer = crate::scoring::Scorer::new(&national);
        let at = national.index_of("5321").unwrap();
        let seekers = [&Answers::default(), &nurse];
        assert_eq!(
            list.candidates,
            shortlist::shortlist(&scorer, at, &seekers, None)
        );
        assert_eq!(
            list.candidates[0].seeker, 1,
            "the nurse before a seeker with no answers"
        );
        // The page holds no whole file: the trainings the routes name come along.
        for id in list.candidates.iter().flat_map(|c| &c.route.trainings) {
            assert!(list.training(id).is_some(), "{id}");
        }
        assert_eq!(
            ask(&mut holder, &need("no-such"), None),
            Reply::Shortlist(None)
        );

        // A need made from the held file, with a licence added, ranks the
        // same seekers against itself; a damaged need file is refused.
        let Reply::Need(Some(made)) = ask(
            &mut holder,
            &Ask::MakeNeed {
                occupation: "5321".into(),
                edit: None,
                today: "2026-12-06".into(),
                source: None,
            },
            None,
        ) else {
            panic!("no need made");
        };
        let mut edit = made.edit.clone();
        edit.licences.push(crate::scales::Licence::B);
        let Reply::Need(Some(licensed)) = ask(
            &mut holder,
            &Ask::MakeNeed {
                occupation: "5321".into(),
                edit: Some(edit),
                today: "2026-12-06".into(),
                source: None,
            },
            None,
        ) else {
            panic!("no need made");
        };
        // The saved need opened again (its first occupation): the same
        // need, its licence and the employer and place it was saved with.
        let mut named = licensed.edit.clone();
        named.employer = "Säffle kommun, hemtjänsten".into();
        named.place = "Säffle".into();
        let saved = NeedFile::make(&licensed.file, 0, Some(named), "2026-12-06");
        let opened = |source: &str| Ask::MakeNeed {
            occupation: String::new(),
            edit: None,
            today: "2026-12-07".into(),
            source: Some(source.to_owned()),
        };
        let Reply::Need(Some(reopened)) = ask(&mut holder, &opened(&saved.text), None) else {
            panic!("the saved need did not open");
        };
        assert_eq!(reopened.edit.employer, "Säffle kommun, hemtjänsten");
        assert_eq!(reopened.edit.place, "Säffle");
        assert!(reopened.edit.licences.contains(&crate::scales::Licence::B));
        assert_eq!(
            reopened.file.occupations[0].requirements,
            saved.file.occupations[0].requirements
        );
        // Something else is refused with where and why.
        assert!(matches!(
            ask(&mut holder, &opened("{\"format\": \"kompetenskoll/profile@1\"}"), None),
            Reply::Refused(problems) if !problems.is_empty()
        ));
        let against = |text: &str| Ask::Shortlist {
            occupation: "5321".into(),
            seekers: sent,
            rows: shortlist::Rows::default(),
            municipality: None,
            need: Some(text.to_owned()),
        };
        let Reply::Shortlist(Some(as_is)) = ask(&mut holder, &against(&made.text), None) else {
            panic!("no shortlist of the need");
        };
        assert_eq!(
            as_is.candidates, list.candidates,
            "the need as it is ranks as the file"
        );
        let Reply::Shortlist(Some(with_licence)) = ask(&mut holder, &against(&licensed.text), None)
        else {
            panic!("no shortlist of the licensed need");
        };
        // Neither said whether she has a licence: unknown, so no one lacks
        // it, and the nurse's share of the need answered falls.
        let licence = crate::demand::Requirement::Licence {
            category: crate::scales::Licence::B,
        };
        assert!(with_licence
            .candidates
            .iter()
            .all(|c| !c.lacking.contains(&licence)));
        let nurse_in = |list: &NeedList| {
            list.candidates
                .iter()
                .find(|c| c.seeker == 1)
                .unwrap()
                .coverage
        };
        assert!(nurse_in(&with_licence) < nurse_in(&as_is));
        assert!(matches!(
            ask(
                &mut holder,
                &against("{\"format\": \"kompetenskoll/demand@1\"}"),
                None
            ),
            Reply::Refused(_)
        ));
    }

    /// The centre's list comes in pieces, each a task on the page, and
    /// may come twice (the shortlist and the supply both send it): it is
    /// ranked only when all of its generation is here, each seeker once,
    /// in order; a new generation replaces it, an empty one empties it.
    #[test]
    fn the_centres_seekers_are_ranked_only_when_all_are_sent() {
        let mut holder = holding();
        ask(&mut holder, &Ask::Demand, Some(NATIONAL));
        let national = json::parse_demand(NATIONAL).unwrap();
        let nurse = crate::demand::excerpt::tests::answers(&national);
        let list = [Answers::default(), nurse.clone(), Answers::default()];
        let piece = |generation: u32, first: usize, to: usize| Ask::Seekers {
            generation,
            first,
            seekers: list[first..to].to_vec(),
        };
        let supply = |generation: u32, count: usize| Ask::Supply {
            seekers: SeekersSent { generation, count },
            weeks: 26,
        };
        let ranked = |holder: &mut Holder, generation: u32| {
            let ask_it = Ask::Shortlist {
                occupation: "5321".into(),
                seekers: SeekersSent {
                    generation,
                    count: 3,
                },
                rows: shortlist::Rows::default(),
                municipality: None,
                need: None,
            };
            match ask(holder, &ask_it, None) {
                Reply::Shortlist(Some(list)) => Some(list.candidates),
                Reply::Unsent => None,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(ask(&mut holder, &piece(1, 0, 2), None), Reply::Taken);
        assert_eq!(ranked(&mut holder, 1), None, "one piece of two");
        // A piece that would leave a hole is refused.
        assert_eq!(ask(&mut holder, &piece(2, 2, 3), None), Reply::Unsent);
        // The same list sent again beside it: the overlap is not doubled.
        assert_eq!(ask(&mut holder, &piece(1, 0, 2), None), Reply::Taken);
        assert_eq!(ask(&mut holder, &piece(1, 1, 3), None), Reply::Taken);
        let candidates = ranked(&mut holder, 1).expect("all three sent");
        let scorer = crate::scoring::Scorer::new(&national);
        let at = national.index_of("5321").unwrap();
        let refs: Vec<&Answers> = list.iter().collect();
        assert_eq!(candidates, shortlist::shortlist(&scorer, at, &refs, None));
        assert!(matches!(
            ask(&mut holder, &supply(1, 3), None),
            Reply::Supply(_)
        ));
        // Another generation is not ranked from this one's answers.
        assert_eq!(ranked(&mut holder, 2), None);
        assert_eq!(ask(&mut holder, &supply(2, 3), None), Reply::Unsent);
        // The coach deleted her list: the worker holds no answer of it.
        assert_eq!(
            ask(
                &mut holder,
                &Ask::Seekers {
                    generation: 1,
                    first: 0,
                    seekers: Vec::new()
                },
                None
            ),
            Reply::Taken
        );
        assert!(holder.seekers.1.is_empty());
        assert_eq!(ranked(&mut holder, 1), None);
    }

    /// A damaged file is refused with its problems and the file held
    /// before stays in use; a code that is not one says so.
    #[test]
    fn a_refused_file_leaves_the_one_held() {
        let mut holder = holding();
        assert!(matches!(
            ask(&mut holder, &Ask::Demand, Some(NATIONAL)),
            Reply::Held(_)
        ));
        let damaged = &NATIONAL[..NATIONAL.len() / 2];
        let Reply::Refused(problems) = ask(&mut holder, &Ask::Demand, Some(damaged)) else {
            panic!("a damaged file was held")
        };
        assert_eq!(problems[0].trouble, crate::validation::Trouble::Damaged);
        // Another file described (the about page's) is not taken either.
        let example = include_str!("../../../tests/fixtures/demand-example.json");
        let Reply::Held(described) = ask(&mut holder, &Ask::Describe, Some(example)) else {
            panic!("the example was not described")
        };
        assert_eq!(described.header.id, "exempel-varmland-2026");
        let wanted = Wanted {
            count: 3,
            ..Wanted::default()
        };
        let Reply::Shown(shown) = ask(&mut holder, &Ask::Show(wanted), None) else {
            panic!("the file held before is gone")
        };
        assert_eq!(shown.sha256, json::parse_demand(NATIONAL).unwrap().sha256);
        assert!(matches!(
            ask(&mut holder, &Ask::Decode("12".into()), None),
            Reply::CodeRefused { newer: false, .. }
        ));
    }

    /// The adaptive path asked of the worker: not before a file is held,
    /// then an item of the questionnaire not yet asked, the same for the
    /// same answers, and a new table for a new file.
    #[test]
    fn the_next_question_comes_from_the_file_held() {
        let mut holder = Holder::default();
        let items: Vec<String> = json::parse_questionnaire(QUESTIONNAIRE)
            .unwrap()
            .level_items()
            .map(|i| i.id.clone())
            .collect();
        let next = |answers: Answers, asked: Vec<String>| Ask::NextQuestion {
            items: items.clone(),
            answers,
            asked,
        };
        assert_eq!(
            ask(&mut holder, &next(Answers::default(), vec![]), None),
            Reply::NotYet
        );
        assert!(matches!(
            ask(&mut holder, &Ask::Demand, Some(NATIONAL)),
            Reply::Held(_)
        ));
        let Reply::Next(first) = ask(&mut holder, &next(Answers::default(), vec![]), None) else {
            panic!("no next question")
        };
        let crate::adaptive::Next::Ask(id) = &first.next else {
            panic!("done before a rating: {first:?}")
        };
        assert!(items.contains(id) && first.about_left >= 1);
        // Left unanswered, it is not asked again.
        let asked = vec![id.clone()];
        let Reply::Next(second) = ask(&mut holder, &next(Answers::default(), asked.clone()), None)
        else {
            panic!("no second question")
        };
        assert_ne!(second.next, first.next);
        assert_eq!(
            ask(&mut holder, &next(Answers::default(), asked.clone()), None),
            Reply::Next(second.clone())
        );
        assert!(matches!(
            ask(&mut holder, &Ask::Demand, Some(NATIONAL)),
            Reply::Held(_)
        ));
        assert_eq!(
            ask(&mut holder, &next(Answers::default(), asked), None),
            Reply::Next(second)
        );
    }
}
