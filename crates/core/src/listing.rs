//! The results list over a whole demand file: ranked, filtered and sorted
//! as the seeker set it, and the file cut to what a page shows of it. The
//! page lists with it today; the worker that is to hold the demand file
//! answers a page's [`Wanted`] with a [`Shown`], which the page explains
//! with its own scorer on the excerpt. One definition, so the two agree.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::demand::DemandFile;
use crate::scoring::{Ranked, Scorer, Seeker};
use crate::text::Text;

/// How the results list is sorted and filtered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    pub sort: Sort,
    /// An occupational field's Swedish name; empty for all.
    pub field: String,
    pub in_demand_only: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    #[default]
    Match,
    Readiness,
    Demand,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Match, Sort::Readiness, Sort::Demand];

    /// The value the sort menu and the kept place use.
    pub fn code(self) -> &'static str {
        match self {
            Sort::Match => "match",
            Sort::Readiness => "readiness",
            Sort::Demand => "demand",
        }
    }

    pub fn from_code(code: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Every occupation the view lets through, best first by its sort. Ties
/// keep the match order (stable sorts over the scorer's ranking).
pub fn listed(scorer: &Scorer<'_>, seeker: &Seeker<'_>, view: &View) -> Vec<Ranked> {
    in_view(scorer.demand(), scorer.rank(seeker), view)
}

/// The scorer's ranking through the view's filters and sort.
fn in_view(demand: &DemandFile, ranked: Vec<Ranked>, view: &View) -> Vec<Ranked> {
    let county = demand.region.county.as_deref();
    let mut ranked: Vec<Ranked> = ranked
        .into_iter()
        .filter(|r| {
            let o = &demand.occupations[r.index];
            (!view.in_demand_only || o.outlook_for(county).is_some_and(|x| x.in_demand()))
                && (view.field.is_empty()
                    || o.field
                        .as_ref()
                        .is_some_and(|f| f.get("sv").text == view.field.as_str()))
        })
        .collect();
    match view.sort {
        Sort::Match => {}
        Sort::Readiness => ranked.sort_by_key(|r| std::cmp::Reverse(r.readiness)),
        Sort::Demand => ranked.sort_by_key(|r| {
            std::cmp::Reverse(
                demand.occupations[r.index]
                    .outlook_for(county)
                    .map(|o| o.rank()),
            )
        }),
    }
    ranked
}

/// The file's occupational fields, each once, in the order of their
/// Swedish names: the field filter's choices.
pub fn fields(demand: &DemandFile) -> Vec<Text> {
    let mut fields: Vec<&Text> = demand
        .occupations
        .iter()
        .filter_map(|o| o.field.as_ref())
        .collect();
    fields.sort_by(|a, b| a.get("sv").text.cmp(b.get("sv").text));
    fields.dedup_by(|a, b| a.get("sv").text == b.get("sv").text);
    fields.into_iter().cloned().collect()
}

/// What a page asks of the whole file: the list as the seeker set it, how
/// much of it is on screen, the best matches a profile carries (whatever
/// the filter), and occupations it shows by id (an explanation, a job's
/// group, a profile's matches).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wanted {
    pub answers: Answers,
    pub view: View,
    /// How many of the list are shown.
    pub count: usize,
    /// How many best matches, unfiltered, go with the list.
    pub top: usize,
    /// Occupations by id, and the groups (SSYK) of the seeker's jobs.
    pub ids: Vec<String>,
    pub groups: Vec<String>,
}

/// The answer to a [`Wanted`]: the file cut to the occupations the page
/// shows, and the list's rows by place in that excerpt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shown {
    pub excerpt: DemandFile,
    /// The whole file's hash, which the excerpt keeps as its identity.
    pub sha256: String,
    /// The first `count` of the list, `index` into the excerpt.
    pub listed: Vec<Ranked>,
    /// The `count` asked for: none for a page that shows no list.
    pub count: usize,
    /// How long the whole list is.
    pub total: usize,
    pub fields: Vec<Text>,
    /// Asked-for ids the file does not have.
    pub missing: Vec<String>,
}

/// The whole file's answer to `wanted`.
pub fn show(scorer: &Scorer<'_>, wanted: &Wanted) -> Shown {
    let demand = scorer.demand();
    let seeker = scorer.seeker(&wanted.answers);
    let ranked = scorer.rank(&seeker);
    let list = in_view(demand, ranked.clone(), &wanted.view);
    let mut indexes: Vec<usize> = list.iter().take(wanted.count).map(|r| r.index).collect();
    let mut add = |i: usize| {
        if !indexes.contains(&i) {
            indexes.push(i);
        }
    };
    for r in ranked.iter().take(wanted.top) {
        add(r.index);
    }
    let mut missing = Vec::new();
    for id in &wanted.ids {
        match demand.index_of(id) {
            Some(i) => add(i),
            None => missing.push(id.clone()),
        }
    }
    for group in &wanted.groups {
        if let Some(i) = demand.group_index(group) {
            add(i);
        }
    }
    let place = |i: usize| indexes.iter().position(|&k| k == i).unwrap_or(usize::MAX);
    let listed = list
        .iter()
        .take(wanted.count)
        .map(|r| Ranked {
            index: place(r.index),
            ..*r
        })
        .collect();
    Shown {
        excerpt: demand.excerpt(&indexes),
        sha256: demand.sha256.clone(),
        listed,
        count: wanted.count,
        total: list.len(),
        fields: fields(demand),
        missing,
    }
}

impl Shown {
    /// The excerpt with the whole file's identity, as a page holds it.
    pub fn into_file(self) -> DemandFile {
        DemandFile {
            sha256: self.sha256,
            ..self.excerpt
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NATIONAL: &str = include_str!("../../../static/content/demand-sverige.json");

    fn national() -> DemandFile {
        crate::json::parse_demand(NATIONAL).unwrap()
    }

    /// A care worker (the excerpt's own test seeker).
    fn nurse(demand: &DemandFile) -> Answers {
        crate::demand::excerpt::tests::answers(demand)
    }

    /// What a page is sent for the list, sent as text (as to and from a
    /// worker) and read back, lists, scores and explains exactly what the
    /// whole file does: the same rows, in the same order, with the same
    /// breakdowns; and the rest of what it asked for is there.
    #[test]
    fn the_shown_part_lists_and_explains_as_the_whole_file() {
        let whole = national();
        let scorer = Scorer::new(&whole);
        let answers = nurse(&whole);
        let seeker = scorer.seeker(&answers);
        for view in [
            View::default(),
            View {
                sort: Sort::Readiness,
                ..View::default()
            },
            View {
                sort: Sort::Demand,
                in_demand_only: true,
                ..View::default()
            },
            View {
                field: fields(&whole)[3].get("sv").text.to_owned(),
                ..View::default()
            },
        ] {
            let wanted = Wanted {
                answers: answers.clone(),
                view: view.clone(),
                count: 20,
                top: 5,
                ids: vec![whole.occupations[399].id.clone(), "no-such-id".into()],
                groups: vec!["2221".into()],
            };
            let wire = serde_json::to_string(&show(&scorer, &wanted)).unwrap();
            assert!(wire.len() * 5 < NATIONAL.len(), "{} bytes", wire.len());
            let shown: Shown = serde_json::from_str(&wire).unwrap();
            let whole_list = listed(&scorer, &seeker, &view);
            assert_eq!(shown.total, whole_list.len(), "{view:?}");
            assert_eq!(shown.missing, ["no-such-id"]);
            let file = shown.clone().into_file();
            assert_eq!(file.sha256, whole.sha256);
            let part = Scorer::new(&file);
            let part_seeker = part.seeker(&answers);
            for (row, full) in shown.listed.iter().zip(&whole_list) {
                let (a, b) = (&file.occupations[row.index], &whole.occupations[full.index]);
                assert_eq!(a.id, b.id, "{view:?}");
                assert_eq!(
                    (row.match_score, row.readiness),
                    (full.match_score, full.readiness)
                );
                assert_eq!(
                    part.explain(row.index, &part_seeker, "sv"),
                    scorer.explain(full.index, &seeker, "sv")
                );
            }
            assert_eq!(shown.listed.len(), whole_list.len().min(20));
            let best = scorer.rank(&seeker);
            for r in best.iter().take(5) {
                assert!(file.index_of(&whole.occupations[r.index].id).is_some());
            }
            assert!(file.index_of(&whole.occupations[399].id).is_some());
            assert!(file.group_skills("2221").count() > 0);
        }
    }

    /// The nurse's own group leads her list, and the field filter's
    /// choices are each field once.
    #[test]
    fn the_list_leads_with_the_nurses_group_and_fields_are_each_once() {
        let whole = national();
        let scorer = Scorer::new(&whole);
        let answers = nurse(&whole);
        let list = listed(&scorer, &scorer.seeker(&answers), &View::default());
        let top: Vec<_> = list
            .iter()
            .take(5)
            .map(|r| whole.occupations[r.index].ssyk.clone())
            .collect();
        assert!(top.contains(&Some("5321".into())), "{top:?}");
        let names: Vec<_> = fields(&whole)
            .iter()
            .map(|f| f.get("sv").text.to_owned())
            .collect();
        // Strictly in order: each name once.
        assert!(names.len() > 5 && names.windows(2).all(|w| w[0] < w[1]));
    }
}
