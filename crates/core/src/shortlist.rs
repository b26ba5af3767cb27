//! The matching centre's shortlist: the seekers whose own profiles a coach
//! holds, against one need (an occupation of a demand file, an employer's
//! own small file or the region's). Each seeker with her readiness and
//! match, her known gaps, the shortest training route that closes them and
//! the readiness after it, and whether she wants this work. Nothing here
//! keeps a profile: the coach's device holds them, this only reads them.

use serde::{Deserialize, Serialize};

use crate::answers::{Answers, GoalKind};
use crate::demand::{DemandFile, Requirement, Target, Training};
use crate::scoring::{matters, Points, Scorer, Seeker, Status, UNKNOWN_WEEKS};

/// The most trainings a route is searched among exactly (every subset);
/// past that the route is built greedily, fewest weeks per gap first.
const EXACT_UP_TO: usize = 12;

/// The trainings that close a seeker's known gaps for one need, in the
/// fewest weeks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// Training ids, in the demand file's order.
    pub trainings: Vec<String>,
    /// Their weeks added up (those of known length).
    pub weeks: u32,
    /// Trainings in the route whose length the file does not give.
    pub unknown_length: usize,
    /// Known gaps no training in the file closes: the route leaves them.
    pub left_open: usize,
    /// Readiness once every training in the route is taken.
    pub readiness_after: Points,
}

/// How near a seeker is to a need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Nearness {
    /// No known gap in a requirement that matters (a level rated within a
    /// step of the need is no gap).
    ReadyNow,
    /// Every known gap closes with trainings of known length, in these
    /// weeks.
    AfterTraining { weeks: u32 },
    /// A gap no training closes, or trainings of unknown length.
    Far,
    /// She has answered less than half of what the need weighs: nothing
    /// known is missing, but too little is known to call her ready.
    LittleKnown,
}

/// Below this coverage (of the need's readiness weight, in tenths of a
/// percent) a seeker with no known gap is not called ready.
const KNOWN_ENOUGH: u16 = 500;

/// Whether the seeker wants this work, from what she said herself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wants {
    /// Her goal names this occupation.
    pub goal_is_this: bool,
    /// Her goal is work (rather than study, or not said).
    pub looking_for_work: bool,
    /// The need's rated elements she wants to work with.
    pub wants_to_use: usize,
    /// The need's rated elements she wants to learn more of.
    pub wants_to_learn: usize,
    /// Whether the need's municipality is among hers: None when either
    /// side names none.
    pub in_her_municipality: Option<bool>,
}

/// One seeker on a need's shortlist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    /// Her place among the profiles given.
    pub seeker: usize,
    pub readiness: Points,
    pub match_score: Points,
    /// Share of the need's readiness weight she has answered.
    pub coverage: Points,
    /// Known gaps in requirements that matter, less levels rated within a
    /// step of the need.
    pub gaps: usize,
    /// Those gaps' requirements, in the need's order: what she lacks.
    pub lacking: Vec<Requirement>,
    pub route: Route,
    pub nearness: Nearness,
    pub wants: Wants,
}

/// Self-ratings this close under a level count as near it, not as a gap
/// to train for: a self-rating varies by about a step (SCORING.md's σ).
const WITHIN_A_STEP: f64 = 1.0;

/// A need's shortlist as the worker sends it to the page: the candidates
/// the page shows and the need itself (the page holds no whole file).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedList {
    /// The readiest first; once [`NeedList::cut`], only those shown.
    pub candidates: Vec<Candidate>,
    /// How many candidates fit the filter the list was cut with (all of
    /// them, uncut): the shown ones may be fewer.
    pub fitting: usize,
    /// The need alone, cut from the file with its elements and skills, and
    /// the trainings that close any of its requirements (every route's
    /// among them): what names each requirement a candidate lacks, and
    /// what the page explains a candidate's figures from, as a seeker's
    /// own explanation is made.
    pub need: DemandFile,
}

impl NeedList {
    /// `candidates` for the need at `occupation` of `demand`, with the
    /// need's own excerpt and the trainings that close what it asks.
    pub fn of(candidates: Vec<Candidate>, demand: &DemandFile, occupation: usize) -> NeedList {
        let mut need = demand.excerpt(&[occupation]);
        let asked: Vec<Target<'_>> = demand.occupations[occupation]
            .requirements
            .iter()
            .map(Requirement::target)
            .collect();
        need.trainings
            .retain(|t| t.closes.iter().any(|c| asked.contains(&c.target())));
        NeedList {
            fitting: candidates.len(),
            candidates,
            need,
        }
    }

    /// The list as the page shows it: the candidates `rows` filters for,
    /// the first `rows.count` of them (the worker keeps the seekers; ten
    /// thousand candidates read on the page were a long task).
    pub fn cut(mut self, rows: Rows) -> NeedList {
        self.candidates
            .retain(|c| rows.within.is_none_or(|weeks| within(c, weeks)));
        self.fitting = self.candidates.len();
        if let Some(count) = rows.count {
            self.candidates.truncate(count);
        }
        self
    }

    /// A training the need's file has, by id.
    pub fn training(&self, id: &str) -> Option<&Training> {
        self.need.trainings.iter().find(|t| t.id == id)
    }
}

/// The known gaps a coach trains for: requirements that matter, missing
/// or partly met (never what she left unanswered), less the levels she
/// rated within a step of the need. As her explanation has them
/// (`Scorer::assessed`), in the need's order.
fn known_gaps<'d>(
    scorer: &Scorer<'d>,
    occupation: usize,
    seeker: &Seeker<'_>,
) -> Vec<&'d Requirement> {
    scorer
        .assessed(occupation, seeker)
        .filter(|&(requirement, status, credit)| {
            matches!(status, Status::Missing | Status::Partial)
                && matters(requirement)
                && !within_a_step(requirement, credit)
        })
        .map(|(requirement, _, _)| requirement)
        .collect()
}

/// A level she rated less than a step under the need.
fn within_a_step(requirement: &Requirement, credit: f64) -> bool {
    match requirement {
        Requirement::Level { level, .. } => (1.0 - credit) * level < WITHIN_A_STEP,
        _ => false,
    }
}

/// The fewest weeks of training that close every known gap a training in
/// the file can close: an exact search over the trainings that close any
/// of her gaps (a handful), ties to fewer trainings, then the file's order.
/// `readiness` is hers now.
pub fn route(
    scorer: &Scorer<'_>,
    occupation: usize,
    seeker: &Seeker<'_>,
    gaps: &[&Requirement],
    readiness: Points,
) -> Route {
    let trainings = &scorer.demand().trainings;
    // Each gap's trainings, by place in the file.
    let gaps: Vec<&[usize]> = gaps.iter().map(|r| scorer.closing_at(r)).collect();
    let left_open = gaps.iter().filter(|t| t.is_empty()).count();
    let closable: Vec<&[usize]> = gaps.into_iter().filter(|t| !t.is_empty()).collect();
    // The trainings that close any of them, by place in the file.
    let mut useful: Vec<usize> = closable.iter().flat_map(|g| g.iter().copied()).collect();
    useful.sort_unstable();
    useful.dedup();
    let weeks = |t: usize| trainings[t].duration_weeks.map_or(0, u32::from);
    // A training of unknown length costs a year: a known short one wins,
    // and so does one made for the gap over a longer one that also closes
    // it (a two-year programme for an upper-secondary gap).
    let cost = |t: usize| trainings[t].duration_weeks.map_or(UNKNOWN_WEEKS, u32::from);
    let covers = |chosen: &[usize]| {
        closable
            .iter()
            .all(|g| chosen.iter().any(|t| g.contains(t)))
    };
    let chosen: Vec<usize> = if useful.len() <= EXACT_UP_TO {
        let mut best: Option<(u32, usize, Vec<usize>)> = None;
        for mask in 0u32..(1 << useful.len()) {
            let set: Vec<usize> = (0..useful.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| useful[i])
                .collect();
            if !covers(&set) {
                continue;
            }
            let key = (set.iter().map(|&t| cost(t)).sum::<u32>(), set.len());
            if best.as_ref().is_none_or(|(w, n, _)| key < (*w, *n)) {
                best = Some((key.0, key.1, set));
            }
        }
        best.map(|(_, _, set)| set).unwrap_or_default()
    } else {
        let mut set: Vec<usize> = Vec::new();
        while !covers(&set) {
            let open = |t: usize| {
                closable
                    .iter()
                    .filter(|g| g.contains(&t))
                    .filter(|g| !set.iter().any(|s| g.contains(s)))
                    .count()
            };
            let next = useful
                .iter()
                .copied()
                .filter(|&t| open(t) > 0)
                .min_by(|&a, &b| {
                    (f64::from(cost(a).max(1)) / open(a) as f64)
                        .total_cmp(&(f64::from(cost(b).max(1)) / open(b) as f64))
                        .then(a.cmp(&b))
                });
            match next {
                Some(t) => set.push(t),
                None => break,
            }
        }
        set.sort_unstable();
        set
    };
    let readiness_after = if chosen.is_empty() {
        readiness
    } else {
        let taken: Vec<&Training> = chosen.iter().map(|&t| &trainings[t]).collect();
        let mut formal = Answers::default();
        scorer.figures(occupation, &scorer.trained(seeker, &taken, &mut formal))[0]
    };
    Route {
        trainings: chosen.iter().map(|&t| trainings[t].id.clone()).collect(),
        weeks: chosen.iter().map(|&t| weeks(t)).sum(),
        unknown_length: chosen
            .iter()
            .filter(|&&t| trainings[t].duration_weeks.is_none())
            .count(),
        left_open,
        readiness_after,
    }
}

/// What she said of wanting the need's work.
fn wants(
    scorer: &Scorer<'_>,
    occupation: usize,
    answers: &Answers,
    municipality: Option<&str>,
) -> Wants {
    let occ = &scorer.demand().occupations[occupation];
    let elements: Vec<&str> = occ
        .requirements
        .iter()
        .filter_map(|r| match r {
            Requirement::Level { element, .. } => Some(element.as_str()),
            _ => None,
        })
        .collect();
    // From the few ratings that say a want, not from every element of the
    // need: a shortlist asks this of a thousand seekers.
    let context = |want: fn(&crate::answers::SkillContext) -> bool| {
        answers
            .levels
            .iter()
            .filter(|(_, a)| want(&a.context))
            .map(|(id, _)| elements.iter().filter(|e| **e == id).count())
            .sum()
    };
    let theirs = &answers.preferences.municipalities;
    Wants {
        goal_is_this: answers
            .goal
            .as_ref()
            .and_then(|g| g.occupation.as_deref())
            .is_some_and(|id| id == occ.id),
        looking_for_work: answers
            .goal
            .as_ref()
            .is_some_and(|g| g.kind == GoalKind::Work),
        wants_to_use: context(|c| c.wants_to_use),
        wants_to_learn: context(|c| c.wants_to_learn),
        in_her_municipality: municipality
            .filter(|_| !theirs.is_empty())
            .map(|m| theirs.iter().any(|t| t == m)),
    }
}

/// One seeker against the need `occupation`; `municipality` is where the
/// work is (an SCB code), if the need says.
pub fn candidate(
    scorer: &Scorer<'_>,
    occupation: usize,
    seeker: usize,
    answers: &Answers,
    municipality: Option<&str>,
) -> Candidate {
    let at = seeker;
    let seeker = scorer.seeker(answers);
    let [readiness, match_score, coverage] = scorer.figures(occupation, &seeker);
    let known = known_gaps(scorer, occupation, &seeker);
    let route = route(scorer, occupation, &seeker, &known, readiness);
    let lacking: Vec<Requirement> = known.into_iter().cloned().collect();
    let gaps = lacking.len();
    let nearness = if gaps == 0 && coverage.0 < KNOWN_ENOUGH {
        Nearness::LittleKnown
    } else if gaps == 0 {
        Nearness::ReadyNow
    } else if route.left_open == 0 && route.unknown_length == 0 {
        Nearness::AfterTraining { weeks: route.weeks }
    } else {
        Nearness::Far
    };
    Candidate {
        seeker: at,
        readiness,
        match_score,
        coverage,
        gaps,
        lacking,
        route,
        nearness,
        wants: wants(scorer, occupation, answers, municipality),
    }
}

/// Every seeker against the need, the readiest first (then the nearest
/// after training, the best match, her place among the profiles).
pub fn shortlist(
    scorer: &Scorer<'_>,
    occupation: usize,
    seekers: &[&Answers],
    municipality: Option<&str>,
) -> Vec<Candidate> {
    let mut list: Vec<Candidate> = seekers
        .iter()
        .enumerate()
        .map(|(i, a)| candidate(scorer, occupation, i, a, municipality))
        .collect();
    list.sort_by(|a, b| {
        b.readiness
            .cmp(&a.readiness)
            .then(b.route.readiness_after.cmp(&a.route.readiness_after))
            .then(b.match_score.cmp(&a.match_score))
            .then(a.seeker.cmp(&b.seeker))
    });
    list
}

/// What of a shortlist a page shows: those ready now (`within` 0) or
/// within so many weeks of training (None: everyone), the first `count`
/// (None: all) of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rows {
    pub within: Option<u32>,
    pub count: Option<usize>,
}

/// Whether a candidate is ready now, or within `weeks` of training.
pub fn within(candidate: &Candidate, weeks: u32) -> bool {
    match candidate.nearness {
        Nearness::ReadyNow => true,
        Nearness::AfterTraining { weeks: w } => w <= weeks,
        Nearness::Far | Nearness::LittleKnown => false,
    }
}

/// How near a coach's seekers stand one occupation the file says is in
/// shortage: the supply against the demand, for a region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Supply {
    pub occupation: String,
    pub label: crate::text::Text,
    pub ready_now: usize,
    /// After training of known length within the weeks asked.
    pub within: usize,
    /// Further away, or too little known to say.
    pub further: usize,
}

/// Every occupation the file says is in shortage (recruitment, in any
/// county), with how many of `seekers` are ready now, within `weeks` of
/// training, or further: those with most near first, then by the file's
/// order; occupations none is near are left out.
pub fn supply(scorer: &Scorer<'_>, seekers: &[&Answers], weeks: u32) -> Vec<Supply> {
    let demand = scorer.demand();
    let mut rows: Vec<(usize, Supply)> = demand
        .occupations
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            o.outlook
                .iter()
                .any(|x| x.recruitment == Some(crate::scales::Recruitment::Shortage))
        })
        .filter_map(|(at, o)| {
            let mut row = Supply {
                occupation: o.id.clone(),
                label: o.label.clone(),
                ready_now: 0,
                within: 0,
                further: 0,
            };
            for (i, answers) in seekers.iter().enumerate() {
                let c = candidate(scorer, at, i, answers, None);
                match c.nearness {
                    Nearness::ReadyNow => row.ready_now += 1,
                    _ if within(&c, weeks) => row.within += 1,
                    _ => row.further += 1,
                }
            }
            (row.ready_now + row.within > 0).then_some((at, row))
        })
        .collect();
    rows.sort_by(|(a_at, a), (b_at, b)| {
        (b.ready_now + b.within, b.ready_now)
            .cmp(&(a.ready_now + a.within, a.ready_now))
            .then(a_at.cmp(b_at))
    });
    rows.into_iter().map(|(_, row)| row).collect()
}

/// Rows as a CSV file a spreadsheet opens as it is: a byte-order mark (so
/// Excel reads UTF-8), `;` between fields (Excel's separator where the
/// decimal mark is a comma, as in Swedish), CRLF between rows, and a field
/// quoted when it holds a separator, a quote or a line break (RFC 4180).
pub fn csv(rows: &[Vec<String>]) -> String {
    let field = |f: &String| {
        if f.contains([';', '"', '\n', '\r']) {
            format!("\"{}\"", f.replace('"', "\"\""))
        } else {
            f.clone()
        }
    };
    let mut out = String::from('\u{feff}');
    for row in rows {
        out.push_str(&row.iter().map(field).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod csv_tests {
    use super::csv;

    #[test]
    fn fields_with_separators_quotes_or_lines_are_quoted() {
        let rows = vec![
            vec!["Etikett".to_owned(), "Luckor".to_owned()],
            vec!["A; 12".to_owned(), "Körkort B\nSvenska \"B1\"".to_owned()],
        ];
        assert_eq!(
            csv(&rows),
            "\u{feff}Etikett;Luckor\r\n\"A; 12\";\"Körkort B\nSvenska \"\"B1\"\"\"\r\n"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{known_gaps, route, within_a_step};
    use crate::answers::{Answers, LevelAnswer};
    use crate::json;
    use crate::scoring::after_training;
    use crate::scoring::{matters, Scorer, Status};

    const NATIONAL: &str = include_str!("../../../static/content/demand-sverige.json");

    /// The shortlist reads `Scorer::assessed` and `Scorer::figures` where
    /// a page reads `explain`: for every occupation of the shipped file and
    /// seekers who answered much, little or nothing, the same gaps with the
    /// same trainings, and the same figures.
    #[test]
    fn a_shortlists_reading_of_an_explanation_is_the_explanation() {
        let demand = json::parse_demand(NATIONAL).expect("the national file");
        let scorer = Scorer::new(&demand);
        let items: Vec<&str> = demand.elements.iter().map(|e| e.id.as_str()).collect();
        let seekers: Vec<Answers> = (0..4u8)
            .map(|s| {
                let mut a = Answers::default();
                for (k, id) in items
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| k % 4 >= usize::from(s))
                {
                    let level = Some(((k + usize::from(s)) % 5) as u8);
                    a.levels.insert(
                        (*id).to_owned(),
                        LevelAnswer {
                            level,
                            ..Default::default()
                        },
                    );
                }
                a.licences = (s % 2 == 0).then(Default::default);
                a.education = (s != 3).then_some(2 + s);
                a
            })
            .collect();
        let (mut gaps_seen, mut routes_seen) = (0, 0);
        for answers in &seekers {
            let seeker = scorer.seeker(answers);
            for o in 0..demand.occupations.len() {
                let full = scorer.explain(o, &seeker, "sv");
                assert_eq!(
                    scorer.figures(o, &seeker),
                    [full.readiness, full.score, full.coverage]
                );
                let from_explanation: Vec<_> = full
                    .breakdown
                    .iter()
                    .filter(|l| {
                        matches!(l.status, Status::Missing | Status::Partial)
                            && matters(&l.requirement)
                            && !within_a_step(&l.requirement, l.credit)
                    })
                    .map(|l| (l.requirement.clone(), l.trainings.clone()))
                    .collect();
                let read: Vec<_> = known_gaps(&scorer, o, &seeker)
                    .into_iter()
                    .map(|r| {
                        let ids = scorer
                            .trainings_closing(r)
                            .map(|t| t.id.clone())
                            .collect::<Vec<_>>();
                        (r.clone(), ids)
                    })
                    .collect();
                assert_eq!(read, from_explanation, "{}", full.id);
                gaps_seen += read.len();
                // Her readiness after the route, from her index raised, is
                // what her answers after the trainings give.
                let known = known_gaps(&scorer, o, &seeker);
                let route = route(&scorer, o, &seeker, &known, full.readiness);
                let after = route.trainings.iter().fold(answers.clone(), |a, id| {
                    let t = demand.trainings.iter().find(|t| &t.id == id).unwrap();
                    after_training(&a, t)
                });
                assert_eq!(
                    route.readiness_after,
                    scorer.figures(o, &scorer.seeker(&after))[0],
                    "{}",
                    full.id
                );
                routes_seen += usize::from(!route.trainings.is_empty());
            }
        }
        assert!(
            gaps_seen > 100,
            "the seekers have gaps to compare: {gaps_seen}"
        );
        assert!(routes_seen > 100, "and routes: {routes_seen}");
    }
}
