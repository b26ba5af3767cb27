//! The profile as a QR code: a compact binary encoding of the answers,
//! deflated, written as decimal digits so that a QR code carries it in
//! numeric mode (3.3 bits a digit, denser than base64 in byte mode) inside
//! the app's own address, `…/#p=<digits>`. The fragment never reaches a
//! server; the app that opens the address imports it locally.
//!
//! Ratings are written by position in the questionnaire and ticked skills by
//! position in the demand file, which is what makes the code small enough to
//! scan from paper. A code therefore names the questionnaire (id, version)
//! and the demand file (id, publisher, date, SHA-256) it was made with; a
//! decoder holding other files reads everything else and counts what it
//! could not read, rather than guessing.
//!
//! Decoding never panics and never allocates more than [`MAX_INFLATED`]
//! bytes of payload, whatever the input (proptest and a fuzz target).

use std::collections::{BTreeMap, BTreeSet};

use crate::answers::{
    Answers, Certificate, Evidence, Goal, GoalKind, Hours, Job, Learned, LevelAnswer, Preferences,
    Shift, SkillAnswer, SkillContext,
};
use crate::dates::{format_timestamp, timestamp};
use crate::demand::DemandFile;
use crate::profile::{DemandIdentity, Part, Profile, QuestionnaireRef, FORMAT};
use crate::questionnaire::{JobTitle, Questionnaire};
use crate::scales::{Cefr, LanguageActivity, Licence};

mod digits;
mod wire;

pub use digits::{from_digits, to_digits};
use wire::{Reader, Writer};

/// The first byte of every code: bumped when the layout changes.
pub const CODE_VERSION: u8 = 1;
/// The most payload a code may inflate to. A full questionnaire with
/// every context answered is about 1 KB.
pub const MAX_INFLATED: usize = 64 * 1024;
/// Longest digit string accepted (a version-40 QR code holds 7,089).
pub const MAX_DIGITS: usize = 8_000;

const STORED: u8 = 0;
const DEFLATED: u8 = 1;

/// Why a code could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not a string of digits of a length a code can have.
    NotDigits,
    TooLong,
    /// Made by a newer (or unknown) version of the app.
    UnknownVersion(u8),
    /// The bytes are damaged: inflating or reading them failed.
    Damaged(&'static str),
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeError::NotDigits => write!(f, "the code is not a profile code"),
            CodeError::TooLong => write!(f, "the code is longer than {MAX_DIGITS} digits"),
            CodeError::UnknownVersion(v) => write!(f, "code version {v} is not known"),
            CodeError::Damaged(what) => write!(f, "the code is damaged ({what})"),
        }
    }
}

/// What a decoder holding other files could not read.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unread {
    /// Ratings made with another questionnaire (or version of it).
    pub ratings: usize,
    /// Skills ticked or shown from another demand file.
    pub skills: usize,
    /// Jobs picked from another questionnaire's list of titles.
    pub jobs: usize,
}

/// The profile (without its matches, which the reader re-scores) as code
/// bytes. Ratings and skills the files do not know are kept by id.
pub fn encode(profile: &Profile, questionnaire: &Questionnaire, demand: &DemandFile) -> Vec<u8> {
    let mut w = Writer::default();
    let p = profile;
    w.str(&p.app_version);
    created(&mut w, &p.created_at);
    for s in [
        &p.language,
        &p.questionnaire.id,
        &p.questionnaire.version,
        &p.demand.id,
        &p.demand.published,
    ] {
        w.str(s);
    }
    // The publisher's name comes back from the reader's file when it is the
    // same one; 64 bits of the hash tell two files apart.
    w.bytes(&hex_to_bytes(&p.demand.sha256));
    w.varint(
        p.included
            .iter()
            .map(|part| 1u32 << *part as u32)
            .fold(0, |a, b| a | b),
    );
    let a = &p.answers;

    // Ratings: one byte per level item of the questionnaire, in order.
    let items = level_items(questionnaire);
    w.varint(items.len() as u32);
    for id in &items {
        level(&mut w, a.levels.get(*id));
    }
    let other: Vec<_> = a
        .levels
        .iter()
        .filter(|(id, _)| !items.contains(&id.as_str()))
        .collect();
    w.varint(other.len() as u32);
    for (id, answer) in other {
        w.str(id);
        level(&mut w, Some(answer));
    }

    let titles = questionnaire.job_titles();
    w.varint(a.work_history.len() as u32);
    for job in &a.work_history {
        work(&mut w, job, titles);
    }
    skills(&mut w, a, demand);

    w.varint(a.languages.len() as u32);
    for (code, grid) in &a.languages {
        w.str(code);
        for activity in LanguageActivity::ALL {
            w.u8(grid.get(&activity).map_or(0, |c| c.rank()));
        }
    }
    match &a.licences {
        None => w.u8(0),
        Some(held) => {
            w.u8(1);
            w.varint(
                held.iter()
                    .map(|l| 1u32 << Licence::ALL.iter().position(|x| x == l).unwrap_or(0))
                    .fold(0, |a, b| a | b),
            );
        }
    }
    w.u8(a.education.map_or(0, |e| e.saturating_add(1)));
    w.varint(a.certificates.len() as u32);
    for c in &a.certificates {
        w.str(&c.name);
        w.varint(c.year.map_or(0, |y| u32::from(y) + 1));
    }
    let prefs = &a.preferences;
    w.varint(prefs.municipalities.len() as u32);
    for m in &prefs.municipalities {
        w.str(m);
    }
    w.u8(match prefs.hours {
        None => 0,
        Some(Hours::FullTime) => 1,
        Some(Hours::PartTime) => 2,
        Some(Hours::Either) => 3,
    });
    w.u8(prefs
        .shifts
        .iter()
        .map(|s| 1u8 << *s as u8)
        .fold(0, |a, b| a | b));
    match &a.goal {
        None => w.u8(0),
        Some(goal) => {
            w.u8(1 + goal.kind as u8);
            w.str(&goal.text);
            w.str(goal.occupation.as_deref().unwrap_or(""));
        }
    }
    let payload = w.0;
    let deflated = miniz_oxide::deflate::compress_to_vec(&payload, 10);
    let (method, body) = if deflated.len() < payload.len() {
        (DEFLATED, deflated)
    } else {
        (STORED, payload)
    };
    let mut out = vec![CODE_VERSION, method];
    out.extend_from_slice(&body);
    out
}

/// Reads code bytes back into a profile, with the decoder's own files.
/// Matches are empty: the reader scores against the demand file in use.
pub fn decode(
    bytes: &[u8],
    questionnaire: &Questionnaire,
    demand: &DemandFile,
) -> Result<(Profile, Unread), CodeError> {
    let (&version, rest) = bytes.split_first().ok_or(CodeError::Damaged("empty"))?;
    if version != CODE_VERSION {
        return Err(CodeError::UnknownVersion(version));
    }
    let (&method, body) = rest.split_first().ok_or(CodeError::Damaged("no body"))?;
    let payload = match method {
        STORED if body.len() <= MAX_INFLATED => body.to_vec(),
        DEFLATED => miniz_oxide::inflate::decompress_to_vec_with_limit(body, MAX_INFLATED)
            .map_err(|_| CodeError::Damaged("does not inflate"))?,
        _ => return Err(CodeError::Damaged("unknown method")),
    };
    read(&mut Reader::new(&payload), questionnaire, demand)
        .ok_or(CodeError::Damaged("does not read"))
}

fn read(
    r: &mut Reader,
    questionnaire: &Questionnaire,
    demand: &DemandFile,
) -> Option<(Profile, Unread)> {
    let app_version = r.str()?;
    let created_at = read_created(r)?;
    let language = r.str()?;
    let questionnaire_ref = QuestionnaireRef {
        id: r.str()?,
        version: r.str()?,
    };
    let (id, published) = (r.str()?, r.str()?);
    let hash: String = r
        .take(HASH_BYTES)?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let same_demand = demand.sha256.get(..2 * HASH_BYTES) == Some(hash.as_str());
    // The reader's own file gives back the full hash and the publisher.
    let (sha256, publisher) = if same_demand {
        (demand.sha256.clone(), demand.publisher.name.clone())
    } else {
        (hash, String::new())
    };
    let mask = r.varint()?;
    let included = Part::ALL
        .into_iter()
        .filter(|p| mask & (1 << *p as u32) != 0)
        .collect();
    let mut answers = Answers::default();
    let mut unread = Unread::default();

    let items = level_items(questionnaire);
    let same_questionnaire = questionnaire_ref.id == questionnaire.id
        && questionnaire_ref.version == questionnaire.version;
    let count = r.count()?;
    let positional = same_questionnaire && count == items.len();
    for i in 0..count {
        if let Some(answer) = read_level(r)? {
            match items.get(i).filter(|_| positional) {
                Some(id) => {
                    answers.levels.insert((*id).to_owned(), answer);
                }
                None => unread.ratings += 1,
            }
        }
    }
    for _ in 0..r.count()? {
        let id = r.str()?;
        if let Some(answer) = read_level(r)? {
            answers.levels.insert(id, answer);
        }
    }

    let titles = questionnaire.job_titles();
    for _ in 0..r.count()? {
        match read_work(r, titles, same_questionnaire)? {
            Some(job) => answers.work_history.push(job),
            None => unread.jobs += 1,
        }
    }
    let same_groups = same_demand && unread.jobs == 0;
    unread.skills = read_skills(r, &mut answers, demand, same_demand, same_groups)?;

    for _ in 0..r.count()? {
        let code = r.str()?;
        let mut grid = BTreeMap::new();
        for activity in LanguageActivity::ALL {
            match r.u8()? {
                0 => {}
                rank => {
                    grid.insert(activity, *Cefr::ALL.get(usize::from(rank) - 1)?);
                }
            }
        }
        answers.languages.insert(code, grid);
    }
    answers.licences = match r.u8()? {
        0 => None,
        1 => {
            let mask = r.varint()?;
            if mask >> Licence::ALL.len() != 0 {
                return None;
            }
            Some(
                Licence::ALL
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, l)| *l)
                    .collect::<BTreeSet<_>>(),
            )
        }
        _ => return None,
    };
    answers.education = r.u8()?.checked_sub(1);
    for _ in 0..r.count()? {
        let name = r.str()?;
        let year = match r.varint()? {
            0 => None,
            y => Some(u16::try_from(y - 1).ok()?),
        };
        answers.certificates.push(Certificate { name, year });
    }
    let mut prefs = Preferences::default();
    for _ in 0..r.count()? {
        prefs.municipalities.push(r.str()?);
    }
    prefs.hours = match r.u8()? {
        0 => None,
        1 => Some(Hours::FullTime),
        2 => Some(Hours::PartTime),
        3 => Some(Hours::Either),
        _ => return None,
    };
    let shifts = r.u8()?;
    prefs.shifts = [Shift::Day, Shift::Evening, Shift::Night, Shift::Weekend]
        .into_iter()
        .filter(|s| shifts & (1 << *s as u8) != 0)
        .collect();
    answers.preferences = prefs;
    answers.goal = match r.u8()? {
        0 => None,
        k => {
            let kind = *GoalKind::ALL.get(usize::from(k) - 1)?;
            let text = r.str()?;
            let occupation = Some(r.str()?).filter(|o| !o.is_empty());
            Some(Goal {
                kind,
                text,
                occupation,
            })
        }
    };
    if !r.done() {
        return None;
    }
    let profile = Profile {
        format: FORMAT.to_owned(),
        created_at,
        app_version,
        language,
        questionnaire: questionnaire_ref,
        demand: DemandIdentity {
            id,
            publisher,
            published,
            sha256,
        },
        included,
        answers,
        matches: Vec::new(),
        evidence: Vec::new(),
    };
    Some((profile, unread))
}

/// Positions (in `demand.skills`) of the skills the jobs' checklists show,
/// in the order shown: the app shows each job's group's skills to tick.
fn covered(demand: &DemandFile, jobs: &[Job]) -> Vec<usize> {
    let index: BTreeMap<&str, usize> = demand
        .skills
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for ssyk in jobs.iter().filter_map(|j| j.ssyk.as_deref()) {
        for skill in demand.group_skills(ssyk) {
            if let Some(&i) = index.get(skill) {
                if seen.insert(i) {
                    out.push(i);
                }
            }
        }
    }
    out
}

/// Skills: the checklists the jobs show as one bit each (ticked or not);
/// then, as gaps between positions in the file, shown skills left
/// unanswered and any skill with a context or outside the checklists;
/// last, skills the file does not have, by id.
fn skills(w: &mut Writer, a: &Answers, demand: &DemandFile) {
    let shown = covered(demand, &a.work_history);
    let answer = |i: usize| a.skills.get(&demand.skills[i].id);
    w.varint(shown.len() as u32);
    for chunk in shown.chunks(8) {
        let bits = chunk
            .iter()
            .enumerate()
            .filter(|(_, i)| answer(**i).is_some_and(|s| s.has))
            .fold(0u8, |b, (k, _)| b | 1 << k);
        w.u8(bits);
    }
    let mut absent: Vec<usize> = shown
        .iter()
        .copied()
        .filter(|i| answer(*i).is_none())
        .collect();
    absent.sort_unstable();
    w.gaps(&absent);
    let shown: BTreeSet<usize> = shown.into_iter().collect();
    let mut own = Vec::new();
    let mut unknown = Vec::new();
    for (id, s) in &a.skills {
        match demand.skills.iter().position(|e| &e.id == id) {
            Some(i) if !shown.contains(&i) || s.context != SkillContext::default() => own.push(i),
            Some(_) => {}
            None => unknown.push((id, s)),
        }
    }
    own.sort_unstable();
    w.gaps(&own);
    for i in own {
        skill(w, answer(i).expect("listed from the answers"));
    }
    w.varint(unknown.len() as u32);
    for (id, s) in unknown {
        w.str(id);
        skill(w, s);
    }
}

/// Reads what `skills` wrote; returns how many could not be placed
/// because the reader's demand file (or list of titles) differs.
fn read_skills(
    r: &mut Reader,
    a: &mut Answers,
    demand: &DemandFile,
    same_demand: bool,
    same_groups: bool,
) -> Option<usize> {
    let n = r.varint()? as usize;
    let bits = r.take(n.div_ceil(8))?;
    let absent: BTreeSet<usize> = r.read_gaps()?.into_iter().collect();
    let own = r.read_gaps()?;
    let own: Vec<(usize, SkillAnswer)> = own
        .into_iter()
        .map(|i| Some((i, read_skill(r)?)))
        .collect::<Option<_>>()?;
    let mut unread = 0;
    let shown = if same_groups {
        covered(demand, &a.work_history)
    } else {
        Vec::new()
    };
    if same_groups && shown.len() == n {
        for (k, i) in shown.into_iter().enumerate() {
            if !absent.contains(&i) {
                let has = bits[k / 8] & (1 << (k % 8)) != 0;
                a.skills.insert(
                    demand.skills[i].id.clone(),
                    SkillAnswer {
                        has,
                        context: SkillContext::default(),
                    },
                );
            }
        }
    } else {
        unread += n.saturating_sub(absent.len());
    }
    for (i, answer) in own {
        match demand.skills.get(i).filter(|_| same_demand) {
            Some(entry) => {
                a.skills.insert(entry.id.clone(), answer);
            }
            None => unread += 1,
        }
    }
    for _ in 0..r.count()? {
        let id = r.str()?;
        a.skills.insert(id, read_skill(r)?);
    }
    Some(unread)
}

/// `created_at` as seconds since 2000 when it is a plain UTC timestamp
/// (`2026-11-23T14:05:00Z`, 5 bytes instead of 21), else as text.
fn created(w: &mut Writer, at: &str) {
    match timestamp(at).filter(|s| format_timestamp(*s) == at) {
        Some(seconds) => {
            w.u8(1);
            w.varint(seconds);
        }
        None => {
            w.u8(0);
            w.str(at);
        }
    }
}

fn read_created(r: &mut Reader) -> Option<String> {
    match r.u8()? {
        0 => r.str(),
        1 => Some(format_timestamp(r.varint()?)),
        _ => None,
    }
}

/// The level items' ids in questionnaire order.
fn level_items(q: &Questionnaire) -> Vec<&str> {
    q.level_items().map(|level| level.id.as_str()).collect()
}

// A level byte: 0–4 the rating, 5 "don't know", 6 unanswered; 8 set when a
// context byte follows.
const DONT_KNOW: u8 = 5;
const UNANSWERED: u8 = 6;
const HAS_CONTEXT: u8 = 8;

fn level(w: &mut Writer, answer: Option<&LevelAnswer>) {
    let Some(answer) = answer else {
        w.u8(UNANSWERED);
        return;
    };
    let value = answer.level.map_or(DONT_KNOW, |l| l.min(4));
    context(w, value, &answer.context);
}

fn read_level(r: &mut Reader) -> Option<Option<LevelAnswer>> {
    let (value, context) = read_context(r)?;
    Some(match value {
        UNANSWERED => None,
        DONT_KNOW => Some(LevelAnswer {
            level: None,
            context,
        }),
        0..=4 => Some(LevelAnswer {
            level: Some(value),
            context,
        }),
        _ => return None,
    })
}

fn skill(w: &mut Writer, answer: &SkillAnswer) {
    context(w, u8::from(answer.has), &answer.context);
}

fn read_skill(r: &mut Reader) -> Option<SkillAnswer> {
    let (value, context) = read_context(r)?;
    (value <= 1).then_some(SkillAnswer {
        has: value == 1,
        context,
    })
}

/// `value` (low three bits), then the context byte when there is one:
/// where learned (bits 0–2), evidence (3–4), wants to use (5), to learn (6).
fn context(w: &mut Writer, value: u8, c: &SkillContext) {
    if *c == SkillContext::default() {
        w.u8(value);
        return;
    }
    w.u8(value | HAS_CONTEXT);
    let learned = c
        .learned
        .iter()
        .map(|l| 1u8 << *l as u8)
        .fold(0, |a, b| a | b);
    let evidence = match c.evidence {
        Evidence::SelfAssessed => 0,
        Evidence::Document => 1,
        Evidence::Validated => 2,
    };
    w.u8(learned | evidence << 3 | u8::from(c.wants_to_use) << 5 | u8::from(c.wants_to_learn) << 6);
}

fn read_context(r: &mut Reader) -> Option<(u8, SkillContext)> {
    let head = r.u8()?;
    if head & !(HAS_CONTEXT | 7) != 0 {
        return None;
    }
    if head & HAS_CONTEXT == 0 {
        return Some((head, SkillContext::default()));
    }
    let c = r.u8()?;
    if c & 0x80 != 0 {
        return None;
    }
    let learned = [Learned::Work, Learned::Education, Learned::Elsewhere]
        .into_iter()
        .filter(|l| c & (1 << *l as u8) != 0)
        .collect();
    let evidence = match (c >> 3) & 3 {
        0 => Evidence::SelfAssessed,
        1 => Evidence::Document,
        2 => Evidence::Validated,
        _ => return None,
    };
    Some((
        head & 7,
        SkillContext {
            learned,
            evidence,
            wants_to_use: c & 1 << 5 != 0,
            wants_to_learn: c & 1 << 6 != 0,
        },
    ))
}

// Work-history flags: which fields follow.
const BY_TITLE: u8 = 1;
const OCCUPATION: u8 = 2;
const SSYK: u8 = 4;
const YEARS_TENTHS: u8 = 8;
const YEARS_EXACT: u8 = 16;

fn work(w: &mut Writer, job: &Job, titles: &[JobTitle]) {
    // A title picked from the questionnaire's list is written as its
    // position: the reader's list gives back its name, id and group.
    let listed = titles.iter().position(|t| {
        Some(t.id.as_str()) == job.occupation_id.as_deref()
            && t.label == job.title
            && Some(t.ssyk.as_str()) == job.ssyk.as_deref()
    });
    let tenths = job
        .years
        .map(|y| (y * 10.0).round())
        .filter(|t| (0.0..=u32::MAX as f32).contains(t));
    let exact_tenths = match (job.years, tenths) {
        (Some(y), Some(t)) => t / 10.0 == y,
        _ => false,
    };
    let mut flags = 0;
    if listed.is_some() {
        flags |= BY_TITLE;
    } else {
        if job.occupation_id.is_some() {
            flags |= OCCUPATION;
        }
        if job.ssyk.is_some() {
            flags |= SSYK;
        }
    }
    if job.years.is_some() {
        flags |= if exact_tenths {
            YEARS_TENTHS
        } else {
            YEARS_EXACT
        };
    }
    w.u8(flags);
    match listed {
        Some(i) => w.varint(i as u32),
        None => {
            w.str(&job.title);
            if let Some(id) = &job.occupation_id {
                w.str(id);
            }
            if let Some(ssyk) = &job.ssyk {
                w.str(ssyk);
            }
        }
    }
    if let Some(years) = job.years {
        if exact_tenths {
            w.varint(tenths.unwrap_or(0.0) as u32);
        } else {
            w.bytes(&years.to_le_bytes());
        }
    }
}

/// `None` inside: a title picked from a list this reader does not have.
fn read_work(r: &mut Reader, titles: &[JobTitle], same_list: bool) -> Option<Option<Job>> {
    let flags = r.u8()?;
    if flags & !(BY_TITLE | OCCUPATION | SSYK | YEARS_TENTHS | YEARS_EXACT) != 0 {
        return None;
    }
    let mut job = if flags & BY_TITLE != 0 {
        let at = r.varint()? as usize;
        let Some(title) = titles.get(at).filter(|_| same_list) else {
            // Skip the years that follow, so the rest still reads.
            if flags & YEARS_TENTHS != 0 {
                r.varint()?;
            } else if flags & YEARS_EXACT != 0 {
                r.take(4)?;
            }
            return Some(None);
        };
        Job {
            title: title.label.clone(),
            ssyk: Some(title.ssyk.clone()),
            occupation_id: Some(title.id.clone()),
            years: None,
        }
    } else {
        let title = r.str()?;
        let occupation_id = if flags & OCCUPATION != 0 {
            Some(r.str()?)
        } else {
            None
        };
        let ssyk = if flags & SSYK != 0 {
            Some(r.str()?)
        } else {
            None
        };
        Job {
            title,
            ssyk,
            occupation_id,
            years: None,
        }
    };
    if flags & YEARS_TENTHS != 0 {
        job.years = Some(r.varint()? as f32 / 10.0);
    } else if flags & YEARS_EXACT != 0 {
        let b = r.take(4)?;
        job.years = Some(f32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    }
    Some(Some(job))
}

/// Bytes of the demand file's SHA-256 a code carries.
const HASH_BYTES: usize = 8;

fn hex_to_bytes(hex: &str) -> [u8; HASH_BYTES] {
    let mut out = [0u8; HASH_BYTES];
    for (i, b) in out.iter_mut().enumerate() {
        *b = hex
            .get(2 * i..2 * i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0);
    }
    out
}
