//! The matching centre's shortlist: the seekers whose own profiles a coach
//! holds, against one need (an occupation of a demand file, an employer's
//! own small file or the region's). Each seeker with her readiness and
//! match, her known gaps, the shortest training route that closes them and
//! the readiness after it, and whether she wants this work. Nothing here
//! keeps a profile: the coach's device holds them, this only reads them.

use serde::{Deserialize, Serialize};

use crate::answers::{Answers, GoalKind};
use crate::demand::{DemandFile, Requirement, Training};
use crate::scoring::{after_training, matters, Explained, Points, ReadinessLine, Scorer, Status};

/// The most trainings a route is searched among exactly (every subset);
/// past that the route is built greedily, fewest weeks per gap first.
const EXACT_UP_TO: usize = 12;

/// What a training of unknown length costs in the search for a route.
const UNKNOWN_WEEKS: u32 = 52;

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
/// and the trainings their routes name (the page holds no whole file).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedList {
    pub candidates: Vec<Candidate>,
    pub trainings: Vec<Training>,
    /// The need alone, cut from the file with its elements and skills (no
    /// trainings): what names each requirement a candidate lacks.
    pub need: DemandFile,
}

impl NeedList {
    /// `candidates` for the need at `occupation` of `demand`, with the
    /// trainings their routes name and the need's own excerpt.
    pub fn of(candidates: Vec<Candidate>, demand: &DemandFile, occupation: usize) -> NeedList {
        let trainings = demand
            .trainings
            .iter()
            .filter(|t| candidates.iter().any(|c| c.route.trainings.contains(&t.id)))
            .cloned()
            .collect();
        let mut need = demand.excerpt(&[occupation]);
        need.trainings.clear();
        NeedList {
            candidates,
            trainings,
            need,
        }
    }
}

/// The known gaps of an explanation that a coach trains for: requirements
/// that matter, missing or partly met (never what she left unanswered),
/// less the levels she rated within a step of the need.
fn known_gaps(explained: &Explained) -> impl Iterator<Item = &ReadinessLine> {
    explained.breakdown.iter().filter(|l| {
        matches!(l.status, Status::Missing | Status::Partial)
            && matters(&l.requirement)
            && !within_a_step(l)
    })
}

/// A level she rated less than a step under the need.
fn within_a_step(line: &ReadinessLine) -> bool {
    match line.requirement {
        Requirement::Level { level, .. } => (1.0 - line.credit) * level < WITHIN_A_STEP,
        _ => false,
    }
}

/// The fewest weeks of training that close every known gap a training in
/// the file can close: an exact search over the trainings that close any
/// of her gaps (a handful), ties to fewer trainings, then the file's order.
pub fn route(
    scorer: &Scorer<'_>,
    occupation: usize,
    answers: &Answers,
    explained: &Explained,
) -> Route {
    let trainings = &scorer.demand().trainings;
    let gaps: Vec<&[String]> = known_gaps(explained)
        .map(|l| l.trainings.as_slice())
        .collect();
    let left_open = gaps.iter().filter(|t| t.is_empty()).count();
    let closable: Vec<&[String]> = gaps.into_iter().filter(|t| !t.is_empty()).collect();
    // The trainings that close any of them, by place in the file.
    let useful: Vec<usize> = (0..trainings.len())
        .filter(|&t| closable.iter().any(|g| g.contains(&trainings[t].id)))
        .collect();
    let weeks = |t: usize| trainings[t].duration_weeks.map_or(0, u32::from);
    // A training of unknown length costs a year: a known short one wins,
    // and so does one made for the gap over a longer one that also closes
    // it (a two-year programme for an upper-secondary gap).
    let cost = |t: usize| trainings[t].duration_weeks.map_or(UNKNOWN_WEEKS, u32::from);
    let covers = |chosen: &[usize]| {
        closable
            .iter()
            .all(|g| chosen.iter().any(|&t| g.contains(&trainings[t].id)))
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
                    .filter(|g| g.contains(&trainings[t].id))
                    .filter(|g| !set.iter().any(|&s| g.contains(&trainings[s].id)))
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
    let after = chosen
        .iter()
        .fold(answers.clone(), |a, &t| after_training(&a, &trainings[t]));
    let readiness_after = if chosen.is_empty() {
        explained.readiness
    } else {
        scorer
            .explain(occupation, &scorer.seeker(&after), "sv")
            .readiness
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
    let context = |want: fn(&crate::answers::SkillContext) -> bool| {
        elements
            .iter()
            .filter(|e| answers.levels.get(**e).is_some_and(|a| want(&a.context)))
            .count()
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
    let explained = scorer.explain(occupation, &scorer.seeker(answers), "sv");
    let route = route(scorer, occupation, answers, &explained);
    let lacking: Vec<Requirement> = known_gaps(&explained)
        .map(|l| l.requirement.clone())
        .collect();
    let gaps = lacking.len();
    let nearness = if gaps == 0 && explained.coverage.0 < KNOWN_ENOUGH {
        Nearness::LittleKnown
    } else if gaps == 0 {
        Nearness::ReadyNow
    } else if route.left_open == 0 && route.unknown_length == 0 {
        Nearness::AfterTraining { weeks: route.weeks }
    } else {
        Nearness::Far
    };
    Candidate {
        seeker,
        readiness: explained.readiness,
        match_score: explained.score,
        coverage: explained.coverage,
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
